curl 'localhost:50342/query/?query=f5&variables=\{\"code\":\"CThvvO\",\"reel\":true,\"first\":50,\"after\":\"\"\}'
