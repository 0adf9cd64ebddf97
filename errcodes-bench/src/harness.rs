//! Runs the cases of one catalog, in one of two ways:
//!
//! - by default, as criterion benchmarks: a group per operation, a function per
//!   implementation, each iteration one pass over the inputs;
//! - with `ERRCODES_RATIOS=1`, interleaved (A B C A B C … for `ERRCODES_ROUNDS` rounds, 31 by
//!   default), printing for each operation the median time per input of each implementation
//!   and the median over rounds of the ratio of the generated type to each anchor, as a
//!   markdown table. Interleaving makes the ratios hold on a shared, noisy machine, where an
//!   absolute time holds for one run only. With `ERRCODES_CSV=path` as well, it also appends
//!   to `path` one row per operation and implementation, `catalog,entries,operation,
//!   implementation,ns` (the median ns per input; a header first if the file is empty), for
//!   `scripts/plot.py`. A relative path is taken from `errcodes-bench/`, where cargo runs
//!   benches. `ERRCODES_OPS=text` keeps the operations whose name contains `text`.

use std::fmt::Write as _;
use std::hint::black_box;
use std::io::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};

/// One implementation of an operation: a pass over its inputs, returning a checksum so that the
/// work cannot be optimized away.
pub type Pass<'a> = Box<dyn Fn() -> u64 + 'a>;

/// An operation, measured on every implementation; the first is the generated type.
pub struct Case<'a> {
    /// What is measured, such as `from_code`.
    pub op: &'static str,
    /// How many inputs one pass handles.
    pub inputs: usize,
    /// `(implementation, pass)`; the first is errcodes' generated type.
    pub impls: Vec<(&'static str, Pass<'a>)>,
}

impl<'a> Case<'a> {
    /// A case with no implementation yet.
    pub fn new(op: &'static str, inputs: usize) -> Self {
        Self {
            op,
            inputs,
            impls: Vec::new(),
        }
    }

    /// Adds an implementation.
    #[must_use]
    pub fn with(mut self, name: &'static str, pass: impl Fn() -> u64 + 'a) -> Self {
        self.impls.push((name, Box::new(pass)));
        self
    }
}

/// Runs `cases` of the catalog `catalog`, which has `entries` entries, as the environment asks.
pub fn run(catalog: &str, entries: usize, cases: &[Case<'_>]) {
    if let Ok(only) = std::env::var("ERRCODES_ONLY") {
        only_one(cases, &only);
    } else if std::env::var_os("ERRCODES_RATIOS").is_some() {
        let rounds = std::env::var("ERRCODES_ROUNDS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(31);
        let rows = ratios(catalog, cases, rounds);
        if let Some(path) = std::env::var_os("ERRCODES_CSV") {
            if let Err(e) = append_csv(Path::new(&path), catalog, entries, &rows) {
                // cargo runs benches in the package's directory, not where it was called.
                let cwd = std::env::current_dir().unwrap_or_default();
                eprintln!(
                    "cannot append to ERRCODES_CSV={} (from {}): {e}; give an absolute path",
                    Path::new(&path).display(),
                    cwd.display()
                );
                std::process::exit(1);
            }
        }
    } else {
        let mut c = Criterion::default()
            .warm_up_time(Duration::from_millis(300))
            .measurement_time(Duration::from_secs(1))
            .sample_size(20)
            .configure_from_args();
        for case in cases {
            let mut group = c.benchmark_group(format!("{catalog}/{}", case.op));
            group.throughput(Throughput::Elements(case.inputs as u64));
            for (name, pass) in &case.impls {
                group.bench_function(*name, |b| b.iter(|| black_box(pass())));
            }
            group.finish();
        }
        c.final_summary();
    }
}

/// For instruction counts under `valgrind --tool=callgrind` (`scripts/callgrind.sh`): runs
/// only the pass of `only` (`operation/implementation`, as the ratio table names them)
/// `ERRCODES_PASSES` times (1,000 by default; 0 gives the count of everything else), or, for
/// `only` = `list`, prints every `operation/implementation` with its number of inputs.
fn only_one(cases: &[Case<'_>], only: &str) {
    if only == "list" {
        for case in cases {
            for (name, _) in &case.impls {
                println!("{}/{}\t{}", case.op, name, case.inputs);
            }
        }
        return;
    }
    let passes: u32 = std::env::var("ERRCODES_PASSES")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(1000);
    let found = cases.iter().find_map(|case| {
        case.impls
            .iter()
            .find(|(name, _)| format!("{}/{}", case.op, name) == only)
    });
    match found {
        Some((_, pass)) => {
            for _ in 0..passes {
                black_box(pass());
            }
        }
        None => {
            eprintln!("ERRCODES_ONLY={only}: no such operation/implementation; ERRCODES_ONLY=list lists them");
            std::process::exit(2);
        }
    }
}

/// Nanoseconds per input of one timed batch of `reps` passes.
#[allow(clippy::cast_precision_loss)]
fn time(pass: &Pass<'_>, reps: u32, inputs: usize) -> f64 {
    let start = Instant::now();
    for _ in 0..reps {
        black_box(pass());
    }
    start.elapsed().as_nanos() as f64 / (f64::from(reps) * inputs.max(1) as f64)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

/// The median ns per input of one operation on one implementation.
struct Row<'a> {
    op: &'a str,
    implementation: &'a str,
    ns: f64,
}

/// Appends `rows` to the CSV file at `path`, with a header if the file is new or empty.
fn append_csv(path: &Path, catalog: &str, entries: usize, rows: &[Row<'_>]) -> std::io::Result<()> {
    // Operation names hold spaces and parentheses, never a comma or a quote; quote anyway.
    fn field(text: &str) -> String {
        if text.contains([',', '"', '\n']) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_owned()
        }
    }
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    let mut text = String::new();
    if file.metadata()?.len() == 0 {
        text.push_str("catalog,entries,operation,implementation,ns\n");
    }
    for row in rows {
        let _ = writeln!(
            text,
            "{},{entries},{},{},{:.3}",
            field(catalog),
            field(row.op),
            field(row.implementation),
            row.ns
        );
    }
    file.write_all(text.as_bytes())
}

/// The interleaved measurement, printed as a markdown table; returns the median of each
/// operation on each implementation.
#[allow(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss
)]
fn ratios<'a>(catalog: &str, cases: &'a [Case<'_>], rounds: usize) -> Vec<Row<'a>> {
    let mut rows = Vec::new();
    println!("| catalog | operation | errcodes ns | best anchor | anchor ns | ratio (median of {rounds} rounds) | other anchors (ratio) |");
    println!("|---|---|---|---|---|---|---|");
    let wanted = std::env::var("ERRCODES_OPS").unwrap_or_default();
    for case in cases
        .iter()
        .filter(|case| case.op.contains(wanted.as_str()))
    {
        // Enough passes for a batch to last about 2 ms, so the clock's resolution does not matter.
        let once = time(&case.impls[0].1, 1, case.inputs) * case.inputs.max(1) as f64;
        let reps = ((2_000_000.0 / once.max(1.0)).ceil() as u32).clamp(1, 1_000_000);
        for (_, pass) in &case.impls {
            time(pass, reps, case.inputs); // warm up
        }
        let mut times: Vec<Vec<f64>> = vec![Vec::new(); case.impls.len()];
        let mut ratios: Vec<Vec<f64>> = vec![Vec::new(); case.impls.len()];
        for _ in 0..rounds {
            let round: Vec<f64> = case
                .impls
                .iter()
                .map(|(_, pass)| time(pass, reps, case.inputs))
                .collect();
            for (i, t) in round.iter().enumerate() {
                times[i].push(*t);
                ratios[i].push(round[0] / t);
            }
        }
        let medians: Vec<f64> = times.iter_mut().map(|t| median(t)).collect();
        rows.extend(
            case.impls
                .iter()
                .zip(&medians)
                .map(|((implementation, _), ns)| Row {
                    op: case.op,
                    implementation,
                    ns: *ns,
                }),
        );
        let ratio_medians: Vec<f64> = ratios.iter_mut().map(|r| median(r)).collect();
        // The best anchor: the one the generated type compares worst with.
        let best =
            (1..case.impls.len()).max_by(|a, b| ratio_medians[*a].total_cmp(&ratio_medians[*b]));
        let others: Vec<String> = (1..case.impls.len())
            .filter(|i| Some(*i) != best)
            .map(|i| format!("{} {:.2}×", case.impls[i].0, ratio_medians[i]))
            .collect();
        match best {
            Some(b) => println!(
                "| {catalog} | {} | {:.2} | {} | {:.2} | **{:.2}×** | {} |",
                case.op,
                medians[0],
                case.impls[b].0,
                medians[b],
                ratio_medians[b],
                others.join(", ")
            ),
            None => println!(
                "| {catalog} | {} | {:.2} | — | — | — | |",
                case.op, medians[0]
            ),
        }
    }
    rows
}
