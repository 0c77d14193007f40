# The app servers behind Varnish, included by default.vcl. Written by
# ops.stack.backends_vcl: `python -m ops.stack backends HOST:PORT ...` prints one.
import directors;

probe healthz {
    .url = "/healthz";
    .interval = 5s;
    # A busy app queues the probe behind visitors; it should catch a dead app, not a slow one.
    .timeout = 10s;
    .window = 5;
    .threshold = 3;
    # Healthy from the start: no 503s while the first probes run.
    .initial = 3;
}

backend app_1 {
    .host = "127.0.0.1";
    .port = "8001";
    .probe = healthz;
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}

sub vcl_init {
    new app_servers = directors.round_robin();
    app_servers.add_backend(app_1);
}
