//! Counters behind `/metrics` (Prometheus text format): requests by status class and a
//! latency histogram (recorded by a web middleware), search index lag and the mail outbox size.
//! Hand-rolled on atomics: a handful of counters does not justify a metrics stack.

use crate::db::{changes, outbox, Db};
use crate::search::Search;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};

const BUCKETS: [f64; 10] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0];

#[derive(Default)]
pub struct Metrics {
    /// Requests by status class 1xx..5xx.
    by_class: [AtomicU64; 5],
    /// Cumulative latency histogram counts, one per bucket, plus +Inf.
    buckets: [AtomicU64; 11],
    /// Sum of latencies in microseconds.
    sum_micros: AtomicU64,
    /// Requests whose handler panicked (answered 500).
    panics: AtomicU64,
}

impl Metrics {
    pub fn observe(&self, status: u16, seconds: f64) {
        let class = ((status / 100).clamp(1, 5) - 1) as usize;
        self.by_class[class].fetch_add(1, Ordering::Relaxed);
        for (i, bound) in BUCKETS.iter().enumerate() {
            if seconds <= *bound {
                self.buckets[i].fetch_add(1, Ordering::Relaxed);
            }
        }
        self.buckets[10].fetch_add(1, Ordering::Relaxed);
        self.sum_micros.fetch_add((seconds * 1e6) as u64, Ordering::Relaxed);
    }

    pub fn count_panic(&self) {
        self.panics.fetch_add(1, Ordering::Relaxed);
    }

    /// The whole `/metrics` document.
    pub async fn render(&self, db: &Db, search: &Search) -> String {
        let m = self;
        let mut out = String::new();
        let _ = writeln!(out, "# HELP townhall_http_requests_total HTTP requests by status class.");
        let _ = writeln!(out, "# TYPE townhall_http_requests_total counter");
        for (i, class) in ["1xx", "2xx", "3xx", "4xx", "5xx"].iter().enumerate() {
            let _ = writeln!(
                out,
                "townhall_http_requests_total{{class=\"{class}\"}} {}",
                m.by_class[i].load(Ordering::Relaxed)
            );
        }
        let _ = writeln!(out, "# HELP townhall_http_request_duration_seconds Time to answer a request.");
        let _ = writeln!(out, "# TYPE townhall_http_request_duration_seconds histogram");
        for (i, bound) in BUCKETS.iter().enumerate() {
            let _ = writeln!(
                out,
                "townhall_http_request_duration_seconds_bucket{{le=\"{bound}\"}} {}",
                m.buckets[i].load(Ordering::Relaxed)
            );
        }
        let count = m.buckets[10].load(Ordering::Relaxed);
        let _ = writeln!(out, "townhall_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {count}");
        let _ = writeln!(
            out,
            "townhall_http_request_duration_seconds_sum {}",
            m.sum_micros.load(Ordering::Relaxed) as f64 / 1e6
        );
        let _ = writeln!(out, "townhall_http_request_duration_seconds_count {count}");
        let _ = writeln!(out, "# HELP townhall_http_panics_total Requests whose handler panicked (answered 500).");
        let _ = writeln!(out, "# TYPE townhall_http_panics_total counter");
        let _ = writeln!(out, "townhall_http_panics_total {}", m.panics.load(Ordering::Relaxed));
        let latest = changes::latest_seq(db).await.unwrap_or(0);
        let applied = search.applied_seq();
        let _ = writeln!(
            out,
            "# HELP townhall_search_index_lag Changes in the database not yet in this process's search index."
        );
        let _ = writeln!(out, "# TYPE townhall_search_index_lag gauge");
        let _ = writeln!(out, "townhall_search_index_lag {}", (latest - applied).max(0));
        let _ = writeln!(out, "# HELP townhall_search_documents Documents in the search index.");
        let _ = writeln!(out, "# TYPE townhall_search_documents gauge");
        let _ = writeln!(out, "townhall_search_documents {}", search.num_docs());
        let pending = outbox::pending_count(db).await.unwrap_or(-1);
        let _ = writeln!(out, "# HELP townhall_outbox_pending Mail waiting to be sent.");
        let _ = writeln!(out, "# TYPE townhall_outbox_pending gauge");
        let _ = writeln!(out, "townhall_outbox_pending {pending}");
        out
    }
}
