//! Writes a synthetic catalog: `synth ENTRIES [TYPE_NAME] > catalog.toml`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(entries) = args
        .next()
        .and_then(|n| n.parse::<usize>().ok())
        .filter(|n| *n > 0)
    else {
        eprintln!("usage: synth ENTRIES [TYPE_NAME]: ENTRIES is a number above 0");
        return ExitCode::from(2);
    };
    let type_name = args
        .next()
        .unwrap_or_else(|| format!("Synth{entries}Error"));
    print!("{}", errcodes_bench::synth::catalog(entries, &type_name));
    ExitCode::SUCCESS
}
