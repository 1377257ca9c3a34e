//! When this process first served each page's current bytes, for `Last-Modified`: a page whose
//! bytes change gets a later time, so `If-Modified-Since` never hides a change. One record per
//! application (in `AppState`), so two applications in one process never share dates.

use std::collections::HashMap;
use std::sync::Mutex;

/// Remembered addresses before the record starts again.
const MAX_REMEMBERED: usize = 20_000;

#[derive(Default)]
pub struct FirstServed {
    /// Address → (hash of the bytes, Unix seconds).
    seen: Mutex<HashMap<String, (String, i64)>>,
}

impl FirstServed {
    /// When these bytes were first served at this address (now, if they are new).
    pub fn at(&self, key: &str, hash: &str, now: i64) -> i64 {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        let previous = match seen.get(key) {
            Some((h, at)) if h == hash => return *at,
            Some((_, at)) => *at,
            None => 0,
        };
        if seen.len() >= MAX_REMEMBERED {
            seen.clear();
        }
        // Dates have one-second steps: new bytes are always dated after the old ones.
        let at = now.max(previous + 1);
        seen.insert(key.to_string(), (hash.to_string(), at));
        at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_bytes_are_dated_after_the_old_ones_even_within_a_second() {
        let record = FirstServed::default();
        assert_eq!(record.at("/a", "h1", 100), 100);
        assert_eq!(record.at("/a", "h1", 150), 100, "the same bytes keep their date");
        assert_eq!(record.at("/a", "h2", 100), 101, "changed within the same second");
        assert_eq!(record.at("/b", "h1", 100), 100, "each address on its own");
    }
}
