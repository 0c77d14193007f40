vcl 4.1;
# Osallisuus front cache (Varnish 7.1 + varnish-modules' xkey). See docs/caching.md.
#
# Django decides what may be cached (Cache-Control with s-maxage, set by
# sitewide.frontcache.FrontCacheMiddleware) and names what each response shows in the `xkey`
# header; editors' changes purge by key (PURGE with an `xkey-purge` header, accepted only on
# the "purge" listener that the app servers reach: see docs/operations.md).

import std;
import xkey;

# The app servers and the director `app_servers` over them: backends.vcl, next to this file
# (`python -m ops.stack backends HOST:PORT ...` writes one; drills and the bench write theirs).
include "./backends.vcl";

# Who may purge: the app servers (Django sends purges after each editor's change), and only
# on the listener named "purge" (varnishd -a purge=127.0.0.1:6091), which only the app servers
# reach. Visitors come in through the TLS proxy on the public listener (-a 127.0.0.1:6081):
# there client.ip is the proxy's own address, so an address check alone would let anyone purge.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = app_servers.backend();

    if (local.socket == "purge") {
        if (req.method != "PURGE") {
            return (synth(405, "Only PURGE on this listener"));
        }
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "xkey-purge header missing"));
        }
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.n-gone));
    }
    # The public listener never purges or bans, whoever asks.
    if (req.method == "PURGE" || req.method == "BAN") {
        return (synth(403, "Forbidden"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Each site of the install is a host (and port): the built-in vcl_hash keys every object by
    # Host, so two sites never share one, and the app names each response's xkeys for its site
    # (news:s3), so a purge for one site leaves the others' objects. Host names are
    # case-insensitive (Django and Wagtail match them so): one object for every spelling.
    set req.http.Host = std.tolower(req.http.Host);
    if (req.url ~ "^/(admin|django-admin|documents)(/|$)") {
        return (pass);
    }
    # Static files are the same for everyone: an editor's cookies must not make them passes.
    if (req.url ~ "^/static/") {
        unset req.http.Cookie;
    }
    # Logged-in users, page passwords and previews all go with a session: never cached. Only a
    # session key as Django makes them (32 of a-z0-9: django.contrib.sessions VALID_KEY_CHARS)
    # passes; any other `sessionid` (`sessionid=x`) is no session Django would accept, so it is
    # dropped below with the other cookies and the visitor gets the cached page. A well-formed
    # forged key still passes: the TLS proxy limits such requests per client.
    if (req.http.Cookie ~ "(^|;)\s*sessionid=[a-z0-9]{32}\s*(;|$)") {
        return (pass);
    }
    # Every other cookie (an old csrftoken, analytics) is irrelevant to public pages: drop it,
    # so that `Vary: Cookie` does not split the cache and the visitor still gets hits.
    unset req.http.Cookie;
    # Finnish is served at unprefixed URLs whatever the browser asks for; the language is in
    # the path, so Accept-Language must not split the cache (Django sends Vary: Accept-Language).
    unset req.http.Accept-Language;
    # Tracking parameters never change a page.
    set req.url = regsuball(req.url, "([?&])(utm_[a-z]+|fbclid|gclid)=[^&]*", "\1");
    set req.url = regsuball(req.url, "[?&]+$", "");
    set req.url = regsub(req.url, "\?&+", "?");
    return (hash);
}

sub vcl_hash {
    # http and https answers differ (SECURE_SSL_REDIRECT's 301, absolute links in feeds): the
    # TLS proxy's X-Forwarded-Proto is part of the key. The built-in vcl_hash adds URL and Host
    # (the site): this sub must not return, or the built-in one would not run.
    if (req.http.X-Forwarded-Proto) {
        hash_data(req.http.X-Forwarded-Proto);
    }
}

sub vcl_backend_response {
    # A background refresh that meets an error keeps the stale copy (database outage).
    if (bereq.is_bgfetch && beresp.status >= 500) {
        return (abandon);
    }
    # Long grace: if the backend is sick or failing, cached pages keep serving stale.
    set beresp.grace = 6h;
    if (beresp.status >= 500) {
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (beresp.http.Set-Cookie) {
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Only what Django marked shareable (s-maxage) is cached, and static files (whitenoise).
    if (beresp.http.Cache-Control !~ "s-maxage" && bereq.url !~ "^/static/") {
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The keys are for the cache only.
    unset resp.http.xkey;
}

sub vcl_synth {
    if (req.method == "PURGE" || req.method == "BAN" || local.socket == "purge") {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.body = resp.reason + {"
"};
        return (deliver);
    }
}
