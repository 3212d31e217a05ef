```powershell
PS C:\> curl https://ghst.ly/getbhce                                                        

StatusCode        : 200
StatusDescription : OK
Content           : # Copyright 2023 Specter Ops, Inc.
                    #
                    # Licensed under the Apache License, Version 2.0
                    # you may not use this file except in compliance with the License.
                    # You may obtain a copy of the License at
                    #
                    #  ...
RawContent        : HTTP/1.1 200 OK
                    Connection: keep-alive
                    Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; sandbox
                    Strict-Transport-Security: max-age=31536000
                    X-Content-Type-Options: nosniff
                    ...
Forms             : {}
Headers           : {[Connection, keep-alive], [Content-Security-Policy, default-src 'none';
                    style-src 'unsafe-inline'; sandbox], [Strict-Transport-Security,
                    max-age=31536000], [X-Content-Type-Options, nosniff]...}                          Images            : {}                                                                                InputFields       : {}
