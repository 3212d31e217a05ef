curl.exe --trace-ascii asdf -d '{\"north\": \"east south\"}' https://reqbin.com/echo/post/json
