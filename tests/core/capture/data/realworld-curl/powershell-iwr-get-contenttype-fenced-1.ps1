# Steps to reproduce

```powershell
Invoke-WebRequest -Uri "http://httpbin.org/headers" -ContentType 'application/json'
```

# Expected behavior

```json

                      "headers": {
                        "Content-Type": "application/json",
                        "Host": "httpbin.org",
                        "User-Agent": "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-GB) WindowsPowerShell/5.1.18922.1000"
                      }
                    }

```

# Actual behavior

```json
{
                      "headers": {
                        "Host": "httpbin.org",
                        "User-Agent": "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.18922; en-GB) PowerShell/6.2.1"
                      }
                    }
```
