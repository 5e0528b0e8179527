//! The case-file loader on any bytes: it never panics, and whatever it loads saves and loads
//! again unchanged, so nothing a patient has is lost on the way through the file.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use massage_coverage::store::{from_ron, to_ron};

fuzz_target!(|data: &[u8]| {
    // The store reads bytes and refuses what is not UTF-8 before parsing.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("fuzz.ron");
    if let Ok(case) = from_ron(text, path) {
        let saved = to_ron(&case).expect("a case that loaded can be saved");
        let again = from_ron(&saved, path).expect("a saved case loads");
        assert!(again == case, "a case changed on the way through its file");
    }
});
