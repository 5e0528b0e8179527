//! The spooler is run by its absolute path: a fake `lp` first on `PATH` never sees a PDF.

#![cfg(unix)]

use std::os::unix::fs::PermissionsExt as _;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_massage-coverage");

#[test]
fn a_fake_lp_first_on_path_is_not_used_to_print() {
    let dir = tempfile::tempdir().expect("temp dir");
    let marker = dir.path().join("fake-was-run");
    // Both fakes would say everything went well, so only their marker tells they ran.
    for (name, says) in [
        ("lp", "request id is PDF-1 (0 file(s))"),
        ("lpstat", "scheduler is running"),
    ] {
        let path = dir.path().join(name);
        let script = format!(
            "#!/bin/sh\ncat > /dev/null\necho {name} >> '{}'\necho '{says}'\n",
            marker.display()
        );
        std::fs::write(&path, script).expect("write fake");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let path = format!(
        "{}:{}",
        dir.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new(BIN)
        .args([
            "print",
            "tests/fixtures/case-v1.ron",
            "--document",
            "checklist",
        ])
        // A printer no real spooler has, so a real CUPS refuses it too.
        .args(["--printer", "No_Such_Printer_For_The_Path_Test"])
        .env("PATH", path)
        .output()
        .expect("run");
    assert!(
        !marker.exists(),
        "a fake on PATH was run: {}",
        std::fs::read_to_string(&marker).unwrap_or_default()
    );
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.trim().lines().count(),
        1,
        "one clear sentence: {stderr}"
    );
}
