vcl 4.1;
# Varnish in front of the fault server, for tests/gateways (filled in by GatewayProcess).
# Everything is passed (no caching) so every request reaches the backend.

backend origin {
    .host = "127.0.0.1";
    .port = "@ORIGIN_PORT@";
    .connect_timeout = 1s;
    .first_byte_timeout = 2s;
    .between_bytes_timeout = 2s;
}

# Wrong-port upstreams: a Redis-like server, a TLS server (OpenSSL), an h2c-only server, a Go TLS server.
backend wp_redis {
    .host = "127.0.0.1";
    .port = "@REDIS_PORT@";
    .connect_timeout = 1s;
}

backend wp_tls {
    .host = "127.0.0.1";
    .port = "@TLS_PORT@";
    .connect_timeout = 1s;
}

backend wp_h2c {
    .host = "127.0.0.1";
    .port = "@H2C_PORT@";
    .connect_timeout = 1s;
}

backend wp_tls_go {
    .host = "127.0.0.1";
    .port = "@TLS_GO_PORT@";
    .connect_timeout = 1s;
}

backend refused {
    .host = "127.0.0.1";
    .port = "@REFUSED_PORT@";
    .connect_timeout = 1s;
}

# "No healthy upstream": a backend whose health probe fails; it starts sick (.initial = 0).
backend dead {
    .host = "127.0.0.1";
    .port = "@DEAD_PORT@";
    .probe = {
        .url = "/health";
        .interval = 200ms;
        .timeout = 100ms;
        .window = 1;
        .threshold = 1;
        .initial = 0;
    }
}

sub vcl_recv {
    if (req.url ~ "^/refused/") {
        set req.url = regsub(req.url, "^/refused", "");
        set req.backend_hint = refused;
    } elsif (req.url ~ "^/wrongport/redis/") {
        set req.backend_hint = wp_redis;
    } elsif (req.url ~ "^/wrongport/tls/") {
        set req.backend_hint = wp_tls;
    } elsif (req.url ~ "^/wrongport/h2c/") {
        set req.backend_hint = wp_h2c;
    } elsif (req.url ~ "^/wrongport/tls-go/") {
        set req.backend_hint = wp_tls_go;
    } elsif (req.url ~ "^/nohealthy/") {
        set req.url = regsub(req.url, "^/nohealthy", "");
        set req.backend_hint = dead;
    } else {
        set req.backend_hint = origin;
    }
    return (pass);
}
