//! Synthetic catalogs of any size, shaped like real vendors' tables: `u32` codes written in hex,
//! in clusters (a module number in the high half, consecutive details in the low half, with
//! gaps), `en` and `zh` messages, up to 50 groups, an alias on one entry in fifty, an HTTP status
//! on one in four and `retryable` on one in ten. The same size always gives the same bytes.

use std::fmt::Write as _;

/// A small deterministic generator (`SplitMix64`), so that catalogs need no dependency and
/// never change between runs.
pub struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed`.
    pub const fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        // The bias of a modulo is irrelevant for test data.
        #[allow(clippy::cast_possible_truncation)]
        let r = (self.next_u64() % n as u64) as usize;
        r
    }
}

const SUBJECTS: &[(&str, &str)] = &[
    ("NETWORK", "网络"),
    ("SERVER", "服务器"),
    ("DECODER", "解码器"),
    ("RENDER", "渲染"),
    ("STORAGE", "存储"),
    ("LICENSE", "许可证"),
    ("PLAYLIST", "播放列表"),
    ("SEGMENT", "分片"),
    ("MANIFEST", "清单"),
    ("TOKEN", "令牌"),
    ("UPLOAD", "上传"),
    ("TRANSCODE", "转码"),
];

const PROBLEMS: &[(&str, &str, &str)] = &[
    ("TIMEOUT", "timed out", "超时"),
    ("NOT_FOUND", "was not found", "未找到"),
    ("INVALID", "is not valid", "无效"),
    ("DENIED", "was denied", "被拒绝"),
    ("CORRUPTED", "is corrupted", "已损坏"),
    ("UNSUPPORTED", "is not supported", "不支持"),
    ("BUSY", "is busy", "繁忙"),
    ("EXPIRED", "has expired", "已过期"),
];

/// The TOML text of a synthetic catalog of `entries` entries whose type is `type_name`.
pub fn catalog(entries: usize, type_name: &str) -> String {
    let mut rng = Rng::new(0x5EED ^ entries as u64);
    let groups = entries.div_ceil(20).clamp(1, 50);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# A synthetic catalog of {entries} entries, written by errcodes-bench (synth.rs).\n\n\
         [catalog]\ntype_name = \"{type_name}\"\ntitle = \"A synthetic catalog of {entries} \
         entries.\"\ncode_type = \"u32\"\nnotation = \"hex\"\nlocales = [\"en\", \"zh\"]\n"
    );
    for g in 0..groups {
        let _ = writeln!(
            out,
            "[[group]]\nid = \"g{g}\"\ntitle.en = \"Module {g} errors\"\ntitle.zh = \"模块 {g} 错误码\"\n"
        );
    }
    // Clusters: a module in bits 16-27, details counting up from 1 with an occasional gap.
    let mut module = 0x001_u32;
    let mut detail = 0_u32;
    let mut left_in_cluster = 0_usize;
    for i in 0..entries {
        if left_in_cluster == 0 {
            module += 1 + u32::try_from(rng.below(3)).unwrap_or(0);
            detail = 0;
            left_in_cluster = 5 + rng.below(120);
        }
        left_in_cluster -= 1;
        detail += 1 + u32::from(rng.below(8) == 0);
        let code = 0x2000_0000 | (module << 16) | detail;
        let (subject, subject_zh) = SUBJECTS[rng.below(SUBJECTS.len())];
        let (problem, problem_en, problem_zh) = PROBLEMS[rng.below(PROBLEMS.len())];
        let group = i * groups / entries;
        let _ = writeln!(
            out,
            "[[error]]\nname = \"ERROR_{subject}_{problem}_{i}\"\ncode = {code:#010X}\ngroup = \
             \"g{group}\"\nmessage.en = \"The {} request {i} {problem_en}.\"\nmessage.zh = \
             \"{subject_zh}请求 {i} {problem_zh}。\"",
            subject.to_lowercase()
        );
        if i % 50 == 7 {
            let _ = writeln!(out, "aliases = [\"E_{subject}_{i}\"]");
        }
        if i % 4 == 1 {
            let _ = writeln!(out, "http_status = {}", [400, 403, 404, 500, 503][i % 5]);
        }
        if i % 10 == 3 {
            let _ = writeln!(out, "retryable = true");
        }
        out.push('\n');
    }
    out
}
