$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession
$session.UserAgent = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Mobile Safari/537.36"
Invoke-WebRequest -UseBasicParsing -Uri "https://js.rbxcdn.com/752d6e0d9c76abf2bc4f40d030fc78d8706717de203596d18e924aa5dae93300.js" `
-WebSession $session `
-Headers @{
"authority"="js.rbxcdn.com"
  "method"="GET"
  "path"="/752d6e0d9c76abf2bc4f40d030fc78d8706717de203596d18e924aa5dae93300.js"
  "scheme"="https"
  "accept"="*/*"
  "accept-encoding"="gzip, deflate, br"
  "accept-language"="id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7"
  "referer"="https://www.roblox.com/"
  "sec-ch-ua"="`"Chromium`";v=`"139`", `"Not;A=Brand`";v=`"99`""
  "sec-ch-ua-mobile"="?1"
  "sec-ch-ua-platform"="`"Android`""
  "sec-fetch-dest"="script"
  "sec-fetch-mode"="no-cors"
  "sec-fetch-site"="cross-site"
}
