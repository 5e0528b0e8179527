//! "Never send data": the app's own dependency tree holds no HTTP, TLS, socket or telemetry
//! crate, so it has no means to send anything anywhere.
//!
//! Two checks: every package in `Cargo.lock` (all platforms, tests included) against a deny
//! list, and the app's own tree on this platform (`cargo tree -e normal,build`) against the
//! deny list and a list of features that turn on networking in crates we do use. D-Bus over
//! Unix sockets (zbus: the file-dialog portal and the screen-reader bus) is allowed; the
//! running app's sockets are checked by `scripts/test.sh` under Xvfb.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// Crates whose only purpose is to talk over a network, with why each is on the list.
const DENIED: &[(&str, &str)] = &[
    ("reqwest", "HTTP client"),
    ("hyper", "HTTP client and server"),
    ("hyper-util", "HTTP client and server"),
    ("hyper-rustls", "HTTPS for hyper"),
    ("hyper-tls", "HTTPS for hyper"),
    ("h2", "HTTP/2"),
    ("h3", "HTTP/3"),
    ("quinn", "QUIC"),
    ("http", "HTTP types: only useful with a client or server"),
    ("httparse", "HTTP parser"),
    ("ureq", "HTTP client"),
    ("curl", "HTTP client (libcurl)"),
    ("curl-sys", "HTTP client (libcurl)"),
    ("isahc", "HTTP client"),
    ("surf", "HTTP client"),
    ("attohttpc", "HTTP client"),
    ("minreq", "HTTP client"),
    ("ehttp", "HTTP client (egui's)"),
    ("tiny_http", "HTTP server"),
    ("axum", "HTTP server"),
    ("actix-web", "HTTP server"),
    ("warp", "HTTP server"),
    ("tungstenite", "WebSocket"),
    ("tokio-tungstenite", "WebSocket"),
    ("async-tungstenite", "WebSocket"),
    ("rustls", "TLS: only used to talk to a server"),
    ("native-tls", "TLS"),
    ("openssl", "TLS"),
    ("openssl-sys", "TLS"),
    ("socket2", "TCP and UDP sockets"),
    ("async-net", "TCP and UDP sockets"),
    ("hickory-resolver", "DNS"),
    ("trust-dns-resolver", "DNS"),
    ("sentry", "crash reports sent to a server"),
    ("opentelemetry", "telemetry"),
    ("opentelemetry-otlp", "telemetry"),
    (
        "webbrowser",
        "opens web addresses (eframe's `links` feature)",
    ),
];

/// Features of crates we do use that would open network sockets.
const DENIED_FEATURES: &[(&str, &str)] = &[
    ("tokio", "net"),
    ("mio", "net"),
    ("async-std", "default"),
    ("zbus", "vsock"),
    ("eframe", "links"),
    ("egui_extras", "http"),
];

/// The package names in a `Cargo.lock`.
fn lock_packages(lock: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut in_package = false;
    for line in lock.lines().map(str::trim) {
        if line.starts_with('[') {
            in_package = line == "[[package]]";
        } else if in_package && let Some(rest) = line.strip_prefix("name = ") {
            names.insert(rest.trim_matches('"').to_owned());
        }
    }
    names
}

/// The deny-listed names among `names`, each with its reason.
fn denied_among<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let names: BTreeSet<&str> = names.into_iter().collect();
    DENIED
        .iter()
        .filter(|(name, _)| names.contains(name))
        .map(|(name, why)| format!("{name} ({why})"))
        .collect()
}

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn cargo_lock_has_no_networking_crate() {
    let lock = std::fs::read_to_string(manifest_dir().join("Cargo.lock")).expect("read Cargo.lock");
    let packages = lock_packages(&lock);
    assert!(
        packages.len() > 100 && packages.contains("eframe"),
        "Cargo.lock was not read right: {} packages",
        packages.len()
    );
    let found = denied_among(packages.iter().map(String::as_str));
    println!(
        "{} packages in Cargo.lock, {} on the deny list",
        packages.len(),
        found.len()
    );
    assert!(
        found.is_empty(),
        "Cargo.lock gained networking crates: {found:?}. The app promises never to send data; \
         remove the dependency that brings them in (`cargo tree -i NAME --target all`)."
    );
}

#[test]
fn the_apps_own_tree_has_no_networking_crate_or_feature() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .current_dir(manifest_dir())
        .args([
            "tree",
            "--locked",
            "--offline",
            "--package",
            "massage-coverage",
            "--edges",
            "normal,build,features",
            "--prefix",
            "none",
        ])
        .output()
        .expect("run cargo tree");
    let tree = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    // Lines are `name vX.Y.Z ...` for packages and `name feature "f"` for features.
    let mut crates = BTreeSet::new();
    let mut features = BTreeSet::new();
    for line in tree.lines() {
        let mut words = line.split_whitespace();
        let (Some(name), Some(second)) = (words.next(), words.next()) else {
            continue;
        };
        if second == "feature" {
            if let Some(feature) = words.next() {
                features.insert((name.to_owned(), feature.trim_matches('"').to_owned()));
            }
        } else if second.starts_with('v') {
            crates.insert(name.to_owned());
        }
    }
    assert!(
        crates.contains("eframe") && crates.contains("zbus"),
        "cargo tree output was not read right: {crates:?}"
    );
    let mut found = denied_among(crates.iter().map(String::as_str));
    found.extend(
        DENIED_FEATURES
            .iter()
            .filter(|(name, feature)| {
                features.contains(&((*name).to_owned(), (*feature).to_owned()))
            })
            .map(|(name, feature)| format!("{name} with feature \"{feature}\"")),
    );
    println!(
        "the app's own tree on this platform: {} crates, {} features, none on the deny lists: {}",
        crates.len(),
        features.len(),
        found.is_empty()
    );
    assert!(
        found.is_empty(),
        "the app's own dependency tree gained networking: {found:?}"
    );
}

#[test]
fn the_scan_finds_a_networking_crate_when_there_is_one() {
    let lock = "version = 4\n\n[[package]]\nname = \"egui\"\nversion = \"0.37.0\"\n\n\
                [[package]]\nname = \"hyper\"\nversion = \"1.0.0\"\ndependencies = [\n \"h2\",\n]\n\n\
                [metadata]\nname = \"not-a-package\"\n";
    let packages = lock_packages(lock);
    assert_eq!(
        packages,
        BTreeSet::from(["egui".to_owned(), "hyper".to_owned()])
    );
    assert_eq!(
        denied_among(packages.iter().map(String::as_str)),
        ["hyper (HTTP client and server)"]
    );
}
