await fetch("https://git.zx2c4.com/favicon.ico", {
    "credentials": "include",
    "headers": {
        "User-Agent": "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:84.0) Gecko/20100101 Firefox/84.0",
        "Accept": "image/webp,*/*",
        "Accept-Language": "en-US,en;q=0.5"
    },
    "referrer": "https://git.zx2c4.com/cgit/patch/contrib/hooks?id=121e65391446069a538ae8d3f7938452178de7c6",
    "method": "GET",
    "mode": "cors"
});