//! The fuzz smoke run of `make test`: every corpus file through the target, then mutations of
//! the corpus (bit flips, byte edits, splices, JSON-aware token swaps with boundary values)
//! from a fixed seed until the time budget is spent. Deterministic for a given seed and
//! budget; a panic prints the input (hex) and fails. Not coverage-guided (the AFL campaign
//! is, see RELIABILITY.md); its job is to catch a regression in a minute.
//!
//! Usage: smoke [--seconds N] [--seed N] [--corpus DIR] [--max-execs N]

use std::panic;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// A small, fast, seedable generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Values that sit on the rules' boundaries, and text that tries to break out of an export.
const TOKENS: &[&str] = &[
    "0",
    "1",
    "2",
    "-1",
    "65515",
    "65516",
    "65517",
    "64512",
    "64511",
    "65534",
    "65535",
    "4294967295",
    "4294967296",
    "4200000000",
    "1e308",
    "-0.0",
    "NaN",
    "null",
    "true",
    "false",
    "\"\"",
    "[]",
    "{}",
    "\"169.254.21.0/30\"",
    "\"169.254.22.4/30\"",
    "\"169.254.169.252/30\"",
    "\"169.254.0.0/30\"",
    "\"169.254.21.0/31\"",
    "\"10.0.0.0/8\"",
    "\"100.64.0.0/10\"",
    "\"0.0.0.0/0\"",
    "\"255.255.255.255\"",
    "\"01.2.3.4\"",
    "\"VpnGw1\"",
    "\"VpnGw5AZ\"",
    "\"Basic\"",
    "\"Standard\"",
    "\"PolicyBased\"",
    "\"Generation1\"",
    "\"static\"",
    "\"ResponderOnly\"",
    "\"door-1\"",
    "\"door_1\"",
    "\"DOOR-1\"",
    "\"gateway\"",
    "\"link:door-1:0\"",
    "\"a\\u0000b\"",
    "\"\\u001b[2J\"",
    "\"$(rm -rf /)\"",
    "\"'; drop\"",
    "\"</script><b>\"",
    "\"${var.x}\"",
    "\"\\\"\\\\\"",
    "\"x-ext\"",
    "\"0abcdefgh\"",
    "\"Key_123.abc\"",
];

fn mutate(rng: &mut Rng, input: &[u8], corpus: &[Vec<u8>]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..=rng.below(4) {
        match rng.below(7) {
            0 if !out.is_empty() => {
                let at = rng.below(out.len());
                out[at] ^= 1 << rng.below(8);
            }
            1 if !out.is_empty() => {
                let at = rng.below(out.len());
                out[at] = rng.next() as u8;
            }
            2 if !out.is_empty() => {
                let start = rng.below(out.len());
                let end = (start + rng.below(32)).min(out.len());
                out.drain(start..end);
            }
            3 => {
                let at = rng.below(out.len() + 1);
                let byte = *b"{}[],:\"\\0123456789-.e "
                    .get(rng.below(22))
                    .unwrap_or(&b' ');
                out.insert(at, byte);
            }
            4 => {
                // Splice: a piece of another corpus entry.
                let other = &corpus[rng.below(corpus.len())];
                if !other.is_empty() {
                    let start = rng.below(other.len());
                    let end = (start + rng.below(256)).min(other.len());
                    let at = rng.below(out.len() + 1);
                    out.splice(at..at, other[start..end].iter().copied());
                }
            }
            _ => {
                // JSON-aware: replace a number, string or literal with a boundary value.
                let starts: Vec<usize> = out
                    .iter()
                    .enumerate()
                    .filter(|(i, b)| {
                        (**b == b'"'
                            || b.is_ascii_digit()
                            || **b == b'n'
                            || **b == b't'
                            || **b == b'f')
                            && (*i == 0 || matches!(out[*i - 1], b':' | b' ' | b'[' | b','))
                    })
                    .map(|(i, _)| i)
                    .collect();
                if let Some(&start) = starts.get(rng.below(starts.len())) {
                    let end = if out[start] == b'"' {
                        let mut end = start + 1;
                        while end < out.len() && (out[end] != b'"' || out[end - 1] == b'\\') {
                            end += 1;
                        }
                        (end + 1).min(out.len())
                    } else {
                        let mut end = start;
                        while end < out.len()
                            && !matches!(out[end], b',' | b'}' | b']' | b' ' | b'\n')
                        {
                            end += 1;
                        }
                        end
                    };
                    let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                    out.splice(start..end, token.iter().copied());
                }
            }
        }
    }
    out.truncate(doorplan_fuzz::MAX_INPUT);
    out
}

fn hex(data: &[u8]) -> String {
    data.iter().map(|b| format!("{b:02x}")).collect()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut seconds = 45u64;
    let mut seed = 0x00D0_0A91_A2u64;
    let mut max_execs = u64::MAX;
    let mut corpus_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    while let Some(arg) = args.next() {
        let value = args.next().unwrap_or_default();
        match arg.as_str() {
            "--seconds" => seconds = value.parse().unwrap_or(seconds),
            "--seed" => seed = value.parse().unwrap_or(seed),
            "--max-execs" => max_execs = value.parse().unwrap_or(max_execs),
            "--corpus" => corpus_dir = PathBuf::from(value),
            _ => {
                eprintln!("usage: smoke [--seconds N] [--seed N] [--max-execs N] [--corpus DIR]");
                std::process::exit(2);
            }
        }
    }
    let mut corpus: Vec<Vec<u8>> = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&corpus_dir)
        .map(|dir| {
            dir.filter_map(|entry| entry.ok().map(|e| e.path()))
                .collect()
        })
        .unwrap_or_default();
    entries.sort();
    for path in entries {
        if let Ok(bytes) = std::fs::read(&path) {
            corpus.push(bytes);
        }
    }
    if corpus.is_empty() {
        eprintln!("smoke: no corpus in {}", corpus_dir.display());
        std::process::exit(2);
    }
    // A panic is reported by the hook once, with the input, then the run stops.
    panic::set_hook(Box::new(|info| eprintln!("smoke: PANIC {info}")));
    let started = Instant::now();
    let budget = Duration::from_secs(seconds);
    let mut rng = Rng(seed | 1);
    let mut execs = 0u64;
    let mut accepted = 0u64;
    let run = |input: &[u8]| panic::catch_unwind(|| doorplan_fuzz::run(input));
    for input in &corpus {
        match run(input) {
            Ok(stages) => accepted += stages as u64,
            Err(_) => {
                eprintln!("smoke: corpus input panicked: {}", hex(input));
                std::process::exit(1);
            }
        }
        execs += 1;
    }
    while started.elapsed() < budget && execs < max_execs {
        let base = &corpus[rng.below(corpus.len())];
        let input = mutate(&mut rng, base, &corpus);
        match run(&input) {
            Ok(stages) => accepted += stages as u64,
            Err(_) => {
                eprintln!(
                    "smoke: input panicked (seed {seed}, exec {execs}): {}",
                    hex(&input)
                );
                std::process::exit(1);
            }
        }
        execs += 1;
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "fuzz smoke: {execs} executions in {elapsed:.1} s ({:.0}/s) from {} corpus inputs, seed {seed}: no panic; {accepted} stage acceptances",
        execs as f64 / elapsed.max(0.001),
        corpus.len()
    );
}
