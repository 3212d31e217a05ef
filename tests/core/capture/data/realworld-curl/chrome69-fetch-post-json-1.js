```js
// fetch

fetch("http://10.1.5.202/xxx/regist", {"credentials":"include","headers":{},"referrer":"http://10.1.5.202/xxx/auth-mamage/","referrerPolicy":"no-referrer-when-downgrade","body":"{\"user_name\":\"xxxx\",\"role\":\"Developer\",\"password\":\"xxxx\",\"email\":\"xxxx@xxxx.com\"}","method":"POST","mode":"cors"});


```