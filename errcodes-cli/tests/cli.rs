//! The `errcodes` command run as a process, on good and bad input.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn errcodes() -> Command {
    let mut cmd = Command::cargo_bin("errcodes").unwrap();
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR");
    cmd
}

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let output = cmd.output().unwrap();
    let run = Run {
        status: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    };
    assert!(
        !run.stderr.contains("panicked") && !run.stderr.contains("RUST_BACKTRACE"),
        "{}",
        run.stderr
    );
    run
}

fn errcodes_run(args: &[&str]) -> Run {
    run(errcodes().args(args))
}

/// A file of this test's own, in a directory of this test process.
fn temp_file(name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("errcodes-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn repo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

const SMALL: &str = r#"[catalog]
type_name = "MyApiError"
title = "Errors of My API."
code_type = "u32"
locales = ["en", "zh"]

[[error]]
name = "NOT_FOUND"
code = 404
message.en = "The resource does not exist."
message.zh = "资源不存在。"

[[error]]
name = "GONE"
code = 410
message.en = "The resource is gone."
message.zh = "资源已删除。"
"#;

// ---- explain ----

#[test]
fn explain_a_layout_code_decodes_its_fields() {
    let out = errcodes_run(&["explain", "0x20200194"]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    for expected in [
        "azure_media_player",
        "networkErrHttpUrlNotFound",
        "AzureHtml5JS",
        "MEDIA_ERR_NETWORK",
        "A network error caused the video download to fail part-way.",
        "0x20200194",
        "538968468",
        "HTTP status  404",
        "Http 404 error response",
    ] {
        assert!(out.stdout.contains(expected), "{expected}:\n{}", out.stdout);
    }
}

#[test]
fn explain_gives_every_locale() {
    let out = errcodes_run(&["explain", "0x20010001"]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(out.stdout.contains("ERROR_SERVER_NO_RESPONSE"));
    assert!(out.stdout.contains(
        "message en  The error message returned because the server returns no response."
    ));
    assert!(out.stdout.contains("message zh  服务器返回数据为空。"));
    assert!(out.stdout.contains("Request error codes"));
}

#[test]
fn explain_writes_a_u16_code_in_four_hex_digits_as_display_does() {
    let out = errcodes_run(&["explain", "--catalog", "http_status", "404"]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains("code         404 (0x0194)\n"),
        "{}",
        out.stdout
    );
    let out = errcodes_run(&[
        "explain",
        "--format",
        "json",
        "--catalog",
        "http_status",
        "404",
    ]);
    assert!(out.stdout.contains(r#""hex": "0x0194""#), "{}", out.stdout);
}

#[test]
fn explain_a_log_line_with_two_codes() {
    let out = errcodes_run(&[
        "explain",
        "12:00:01 player stopped: error 0x20200194 (http 404), then 0x20010001.",
    ]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains("networkErrHttpUrlNotFound"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("ERROR_SERVER_NO_RESPONSE"),
        "{}",
        out.stdout
    );
    // A word of a log line that is in no catalog is no warning.
    assert_eq!(out.stderr, "");
}

#[test]
fn explain_every_way_of_writing_a_code_or_name() {
    for (text, name) in [
        ("0x20010001", "ERROR_SERVER_NO_RESPONSE"),
        ("20010001", "ERROR_SERVER_NO_RESPONSE"),
        ("536936449", "ERROR_SERVER_NO_RESPONSE"),
        ("ERROR_SERVER_NO_RESPONSE", "0x20010001"),
        ("-43001", "QUERY_COMMAND_DECODE_FILE_CORRUPTED"),
        (
            "OperationDenied.Suspended",
            "Your VOD service is suspended.",
        ),
        ("networkErrHttpUrlNotFound", "0x00200194"),
    ] {
        let out = errcodes_run(&["explain", text]);
        assert_eq!(out.status, 0, "{text}: {}", out.stderr);
        assert!(out.stdout.contains(name), "{text}:\n{}", out.stdout);
    }
}

#[test]
fn explain_says_each_entry_once_and_warns_of_what_it_cannot_find() {
    let out = errcodes_run(&["explain", "0x20010001", "536936449", "0x7FFFFFF0"]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout.matches("ERROR_SERVER_NO_RESPONSE").count(),
        1,
        "{}",
        out.stdout
    );
    let warnings: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(warnings.len(), 1, "{}", out.stderr);
    assert!(
        warnings[0].starts_with(
            "warning: no catalog lists a code or name in `0x7FFFFFF0` (searched alibaba_player, \
             alibaba_vod, azure_media_player, "
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn explain_reads_standard_input() {
    let out = run(errcodes().args(["explain", "-"]).write_stdin(
        &b"boot ok\nerror 0x20010001 at start\n\xFF\xFE junk\nfailed: OperationDenied.Suspended"[..],
    ));
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(out.stdout.contains("ERROR_SERVER_NO_RESPONSE"));
    assert!(out
        .stdout
        .contains("OperationDenied.Suspended in alibaba_vod"));
}

#[test]
fn explain_nothing_found_exits_1() {
    let out = errcodes_run(&["explain", "0x7FFFFFFF"]);
    assert_eq!(out.status, 1);
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr.contains("error: no catalog lists"),
        "{}",
        out.stderr
    );
    let out = run(errcodes()
        .args(["explain", "-"])
        .write_stdin("all is well\n"));
    assert_eq!(out.status, 1);
}

#[test]
fn explain_searches_the_catalogs_given() {
    let catalog = temp_file("my_api.toml", SMALL);
    let out = errcodes_run(&["explain", "410", "--catalog", catalog.to_str().unwrap()]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(out.stdout.contains("410 in my_api: GONE"), "{}", out.stdout);
    assert!(out.stdout.contains("资源已删除。"));
    // The bundled catalog's own file, or its name, adds nothing.
    let bundled = repo().join("catalogs/alibaba_player.toml");
    let out = errcodes_run(&[
        "explain",
        "0x20010001",
        "--catalog",
        bundled.to_str().unwrap(),
        "--catalog",
        "alibaba_player",
    ]);
    assert_eq!(
        out.stdout.matches("ERROR_SERVER_NO_RESPONSE").count(),
        1,
        "{}",
        out.stdout
    );
    let out = errcodes_run(&["explain", "410", "--catalog", "no/such.toml"]);
    assert_eq!(out.status, 1);
    assert!(
        out.stderr.contains("catalog no/such.toml does not exist"),
        "{}",
        out.stderr
    );
}

#[test]
fn explain_a_log_line_skips_small_numbers() {
    let catalog = temp_file("small_codes.toml", SMALL.replace("code = 404", "code = 12"));
    let catalog = catalog.to_str().unwrap();
    let out = errcodes_run(&[
        "explain",
        "--catalog",
        catalog,
        "12:00:01 request failed: 410",
    ]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains("410 in small_codes: GONE"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("NOT_FOUND"), "{}", out.stdout);
    // Alone, a small number is a code.
    let out = errcodes_run(&["explain", "--catalog", catalog, "12"]);
    assert!(
        out.stdout.contains("12 in small_codes: NOT_FOUND"),
        "{}",
        out.stdout
    );
}

#[test]
fn explain_json() {
    let out = errcodes_run(&[
        "explain",
        "--format",
        "json",
        "0x20200194",
        "ERROR_SERVER_NO_RESPONSE",
    ]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    let value: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let matches = value.as_array().unwrap();
    assert_eq!(matches.len(), 2);
    assert_eq!(matches[0]["name"], "networkErrHttpUrlNotFound");
    assert_eq!(matches[0]["code"], 0x2020_0194);
    assert_eq!(matches[0]["hex"], "0x20200194");
    assert_eq!(matches[0]["fields"][0]["label"], "AzureHtml5JS");
    assert_eq!(matches[0]["fields"][1]["label"], "MEDIA_ERR_NETWORK");
    assert_eq!(matches[0]["http_status"], 404);
    assert_eq!(matches[1]["messages"]["zh"], "服务器返回数据为空。");
}

// ---- check ----

#[test]
fn check_a_good_catalog() {
    let catalog = temp_file("good.toml", SMALL);
    let out = errcodes_run(&["check", catalog.to_str().unwrap(), "alibaba_player"]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("good.toml: 2 entries, 2 locales (en, zh), 0 groups, type MyApiError"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("126 entries"), "{}", out.stdout);
}

#[test]
fn check_shows_the_line_and_a_caret() {
    let bad = SMALL.replace("code = 410", "code = 404");
    let catalog = temp_file("bad.toml", bad);
    let path = catalog.to_str().unwrap();
    let out = errcodes_run(&["check", path]);
    assert_eq!(out.status, 1);
    let expected = format!(
        "error: duplicate code 404 (GONE; NOT_FOUND has it at 9:8)
  --> {path}:15:8
   |
15 | code = 404
   |        ^^^
   |
   = help: declare one an alias of the other, with aliases = [\"GONE\"] on NOT_FOUND
"
    );
    assert!(out.stderr.starts_with(&expected), "{}", out.stderr);
    assert!(out.stderr.contains(&format!("error: {path} has 1 problem")));
}

/// The command and the macro show a catalog's mistake alike: the UI test's compile error
/// holds what `errcodes check` prints, line, caret and help. (rustc indents the lines after a
/// compile error's first to align them with its text, past `error: `.)
#[test]
fn check_and_the_macro_agree() {
    for (name, catalog) in [
        ("duplicate_code", "duplicate_code"),
        ("many_problems", "many_problems"),
        ("toml_syntax_error", "toml_syntax_error"),
        ("unknown_key", "unknown_key"),
        ("not_utf8", "not_utf8.bin"),
    ] {
        let out = run(errcodes()
            .current_dir(repo().join("tests/ui"))
            .args(["check", &format!("catalogs/{catalog}.toml")]));
        assert_eq!(out.status, 1, "{name}");
        let stderr =
            std::fs::read_to_string(repo().join(format!("tests/ui/{name}.stderr"))).unwrap();
        // Each problem as the command shows it, without the closing summary line.
        let problems: Vec<&str> = out
            .stderr
            .split("\n\n")
            .filter(|p| p.starts_with("error: ") && p.contains(" --> "))
            .collect();
        assert!(!problems.is_empty(), "{name}: {}", out.stderr);
        for problem in problems {
            let indented = problem.trim_end().replace('\n', "\n       ");
            assert!(
                stderr.contains(&indented),
                "{name}: the UI test's output lacks\n{indented}\n---\n{stderr}"
            );
        }
    }
}

#[test]
fn check_bad_files() {
    let latin1 = temp_file("latin1.toml", b"[catalog]\ntitle = \"Caf\xE9\"\n");
    let out = errcodes_run(&["check", latin1.to_str().unwrap()]);
    assert_eq!(out.status, 1);
    assert!(
        out.stderr.contains("the catalog is not UTF-8"),
        "{}",
        out.stderr
    );

    let dir = std::env::temp_dir();
    let out = errcodes_run(&["check", &format!("{}/", dir.display())]);
    assert_eq!(out.status, 1);
    assert!(out.stderr.contains("is a directory"), "{}", out.stderr);

    let out = errcodes_run(&["check", "Not A Name"]);
    assert_eq!(out.status, 1);
    assert!(out.stderr.contains("neither a catalog name nor a path"));

    let out = errcodes_run(&["check", "nope"]);
    assert_eq!(out.status, 1);
    assert!(
        out.stderr.contains("no catalog named `nope`"),
        "{}",
        out.stderr
    );

    let empty = temp_file("empty.toml", "");
    let out = errcodes_run(&["check", empty.to_str().unwrap()]);
    assert_eq!(out.status, 1);
    assert!(
        out.stderr.contains("error: the catalog is empty"),
        "{}",
        out.stderr
    );
}

#[test]
fn check_json() {
    let bad = SMALL.replace("code = 410", "code = 404");
    let catalog = temp_file("bad_json.toml", bad);
    let out = errcodes_run(&[
        "check",
        "--format",
        "json",
        catalog.to_str().unwrap(),
        "tencent_vod",
    ]);
    assert_eq!(out.status, 1);
    let value: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let problem = &value[0]["problems"][0];
    assert_eq!(value[0]["ok"], false);
    assert_eq!(
        (problem["line"].as_u64(), problem["column"].as_u64()),
        (Some(15), Some(8))
    );
    assert_eq!(
        problem["message"],
        "duplicate code 404 (GONE; NOT_FOUND has it at 9:8)"
    );
    assert!(problem["help"]
        .as_str()
        .unwrap()
        .starts_with("declare one an alias"));
    assert_eq!(value[1]["ok"], true);
    assert_eq!(value[1]["summary"]["entries"], 132);
}

// ---- list ----

#[test]
fn list_a_catalog() {
    let out = errcodes_run(&["list", "alibaba_player"]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    let mut lines = out.stdout.lines();
    assert_eq!(
        lines.next(),
        Some("alibaba_player: AlibabaPlayerError, 126 entries, 2 locales (en, zh)")
    );
    assert!(lines.next().unwrap().starts_with("CODE        NAME"));
    assert!(
        out.stdout.contains("0x20010001  ERROR_SERVER_NO_RESPONSE"),
        "{}",
        out.stdout
    );
    assert_eq!(out.stdout.lines().count(), 2 + 126);

    let out = errcodes_run(&["list", "alibaba_player", "--locale", "zh-CN"]);
    assert!(out.stdout.contains("服务器返回数据为空。"));
    let out = errcodes_run(&["list", "alibaba_player", "--locale", "fr"]);
    assert_eq!(out.status, 1);
    assert!(out
        .stderr
        .contains("has no messages in `fr`: its locales are en, zh"));
}

#[test]
fn list_string_codes_that_are_not_their_names() {
    let catalog = temp_file(
        "strings.toml",
        "[catalog]\ntype_name = \"S\"\ntitle = \"S.\"\ncode_type = \"string\"\nlocales = [\"en\"]\n\
         [[error]]\nname = \"THROTTLED\"\ncode = \"Throttling.User\"\nmessage.en = \"Slow down.\"\n",
    );
    let out = errcodes_run(&["list", catalog.to_str().unwrap()]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains(
            "CODE             NAME       MESSAGE\nThrottling.User  THROTTLED  Slow down.\n"
        ),
        "{}",
        out.stdout
    );
}

#[test]
fn list_json() {
    let out = errcodes_run(&["list", "alibaba_vod", "--format", "json"]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    let value: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(value["code_type"], "string");
    assert_eq!(value["entries"].as_array().unwrap().len(), 7);
    assert_eq!(value["entries"][3]["code"], "OperationDenied.Suspended");
    assert_eq!(value["entries"][3]["http_status"], 403);
}

#[test]
fn list_a_broken_catalog_shows_its_problems() {
    let catalog = temp_file(
        "broken.toml",
        SMALL.replace("name = \"GONE\"", "name = \"NOT_FOUND\""),
    );
    let out = errcodes_run(&["list", catalog.to_str().unwrap()]);
    assert_eq!(out.status, 1);
    assert!(
        out.stderr.contains("error: duplicate name NOT_FOUND"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("   |        ^^^^^^^^^^^"),
        "{}",
        out.stderr
    );
}

// ---- diff ----

#[test]
fn diff_of_a_catalog_with_itself() {
    let out = errcodes_run(&["diff", "tencent_vod", "tencent_vod"]);
    assert_eq!((out.status, out.stdout.as_str()), (0, "no changes\n"));
}

#[test]
fn diff_compatible_changes_exit_0() {
    let old = temp_file("old_ok.toml", SMALL);
    let new = SMALL.replace("The resource is gone.", "The resource was deleted.")
        + "\n[[error]]\nname = \"TEAPOT\"\ncode = 418\nmessage.en = \"I'm a teapot.\"\nmessage.zh = \"茶壶。\"\n";
    let new = temp_file(
        "new_ok.toml",
        new.replace("code = 404\n", "code = 404\naliases = [\"MISSING\"]\n"),
    );
    let out = errcodes_run(&["diff", old.to_str().unwrap(), new.to_str().unwrap()]);
    assert_eq!(out.status, 0, "{}{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("message"), "{}", out.stdout);
    assert!(out
        .stdout
        .contains("GONE \"The resource is gone.\" → \"The resource was deleted.\""));
    assert!(out.stdout.contains("alias-added"));
    assert!(out.stdout.contains("added"));
    assert!(
        out.stdout
            .ends_with("3 changes, none breaking: a minor release\n"),
        "{}",
        out.stdout
    );
}

#[test]
fn diff_breaking_changes_exit_2() {
    let old = temp_file("old_break.toml", SMALL);
    let new = temp_file(
        "new_break.toml",
        SMALL
            .replace("code = 410", "code = 411")
            .replace("MyApiError", "ApiError"),
    );
    let out = errcodes_run(&["diff", old.to_str().unwrap(), new.to_str().unwrap()]);
    assert_eq!(out.status, 2, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains("type-name  MyApiError → ApiError"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("re-coded   GONE 410 → 411"),
        "{}",
        out.stdout
    );
    assert!(out
        .stdout
        .contains("2 breaking: users of the generated type need a major release"));

    let out = errcodes_run(&[
        "diff",
        "--format",
        "json",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
    ]);
    assert_eq!(out.status, 2);
    let value: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(value["breaking"], true);
    assert_eq!(value["changes"][1]["kind"], "re-coded");
    assert_eq!(value["changes"][1]["old"], "410");
}

#[test]
fn diff_of_a_missing_file() {
    let out = errcodes_run(&["diff", "tencent_vod", "gone/tencent_vod.toml"]);
    assert_eq!(out.status, 1);
    assert!(out.stderr.contains("does not exist"), "{}", out.stderr);
}

// ---- the command itself ----

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let bad = temp_file("colour.toml", SMALL.replace("code = 410", "code = 404"));
    let plain = errcodes_run(&["check", bad.to_str().unwrap()]);
    assert!(!plain.stderr.contains('\u{1b}'), "{}", plain.stderr);
    let coloured = errcodes_run(&["--color", "always", "check", bad.to_str().unwrap()]);
    assert!(coloured.stderr.contains("\u{1b}["), "{}", coloured.stderr);
    let out = errcodes_run(&["explain", "--color=always", "0x20010001"]);
    assert!(out.stdout.contains("\u{1b}["));
    let json = errcodes_run(&["explain", "--color=always", "--format=json", "0x20010001"]);
    assert!(!json.stdout.contains('\u{1b}'));
}

#[test]
fn usage_errors_say_what_to_do() {
    let out = errcodes_run(&[]);
    assert_eq!(out.status, 2);
    assert!(out.stderr.contains("Usage: errcodes"), "{}", out.stderr);
    let out = errcodes_run(&["explain"]);
    assert_eq!(out.status, 2);
    assert!(out.stderr.contains("<TEXT>..."), "{}", out.stderr);
    let out = errcodes_run(&["list", "alibaba_player", "--format", "yaml"]);
    assert_eq!(out.status, 2);
    assert!(
        out.stderr.contains("possible values: text, json"),
        "{}",
        out.stderr
    );
    let out = errcodes_run(&["--help"]);
    assert_eq!(out.status, 0);
    for command in ["check", "explain", "list", "diff", "import"] {
        assert!(out.stdout.contains(command), "{}", out.stdout);
    }
}

// ---- import ----

/// Every page of `catalogs/sources`, with its locale, and the bundled catalog written from it.
const PAGES: &[(&str, &str, &str)] = &[
    ("alibaba_player.en.md", "en", "alibaba_player"),
    ("alibaba_player.zh.md", "zh", "alibaba_player"),
    ("alibaba_vod.en.md", "en", "alibaba_vod"),
    ("azure_media_player.en.md", "en", "azure_media_player"),
    ("tencent_vod.zh.md", "zh", "tencent_vod"),
];

fn load(path: &str, text: &str) -> errcodes_catalog::Catalog {
    errcodes_catalog::load(&errcodes_catalog::Source::new(path, text))
        .unwrap_or_else(|e| panic!("{path}: {e:?}"))
}

#[test]
fn import_every_page() {
    for (page, locale, bundled) in PAGES {
        let path = repo().join("catalogs/sources").join(page);
        let out = errcodes_run(&["import", path.to_str().unwrap(), "--locale", locale]);
        assert_eq!(out.status, 0, "{page}: {}", out.stderr);
        assert!(
            out.stderr.contains("imported <stdout>: "),
            "{page}: {}",
            out.stderr
        );
        let imported = load(page, &out.stdout);
        let bundled = load(bundled, errcodes_catalog::bundled(bundled).unwrap());
        // Every row's code, as the bundled catalog written from the page has them.
        for entry in &bundled.entries {
            assert!(
                imported.entries.iter().any(|e| e.code == entry.code
                    || e.aliases.iter().any(|a| a.name == entry.name)),
                "{page}: {} ({:?}) is missing",
                entry.name,
                entry.code
            );
        }
    }
}

#[test]
fn import_merges_a_page_in_another_language_and_writes_a_file() {
    let en = repo().join("catalogs/sources/alibaba_player.en.md");
    let zh = repo().join("catalogs/sources/alibaba_player.zh.md");
    let output = temp_file("imported_player.toml", "");
    let out = errcodes_run(&[
        "import",
        en.to_str().unwrap(),
        "--merge",
        &format!("zh={}", zh.display()),
        "--name",
        "my_player",
        "-o",
        output.to_str().unwrap(),
    ]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "");
    let text = std::fs::read_to_string(&output).unwrap();
    let catalog = load("imported_player.toml", &text);
    assert_eq!(catalog.type_name, "MyPlayerError");
    assert_eq!(catalog.locales, ["en", "zh"]);
    let entry = catalog.find_name("ERROR_SERVER_NO_RESPONSE").unwrap();
    assert_eq!(entry.messages[1], "服务器返回数据为空。");
    // What import writes, check accepts.
    let out = errcodes_run(&["check", output.to_str().unwrap()]);
    assert_eq!(out.status, 0, "{}", out.stderr);
}

#[test]
fn import_reports_rows_at_their_line() {
    let page = temp_file(
        "mismatch.md",
        "# Errors\n\n## Requests\n\n|Name|Hex|Decimal|Description|\n|---|---|---|---|\n\
         |ERROR\\_A|0x20010001|536936449|First.|\n|ERROR\\_B|0x20010002|536936451|Second.|\n",
    );
    let out = errcodes_run(&["import", page.to_str().unwrap()]);
    assert_eq!(out.status, 1, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stderr.contains(&format!(" --> {}:8:", page.display())),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("8 | |ERROR\\_B|0x20010002|536936451|Second.|"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.contains("ERROR_A"), "{}", out.stdout);
}

#[test]
fn import_bad_input() {
    let out = errcodes_run(&["import", "no/such/page.md"]);
    assert_eq!(out.status, 1);
    assert!(
        out.stderr.contains("page no/such/page.md does not exist"),
        "{}",
        out.stderr
    );

    let out = errcodes_run(&["import", "page.md", "--merge", "zh"]);
    assert_eq!(out.status, 2);
    assert!(
        out.stderr.contains("is not LOCALE=PAGE.md"),
        "{}",
        out.stderr
    );

    let prose = temp_file("prose.md", "# Errors\n\nNo table here.\n");
    let out = errcodes_run(&["import", prose.to_str().unwrap()]);
    assert_eq!(out.status, 1);
    assert!(out.stderr.contains("error: "), "{}", out.stderr);

    let binary = temp_file("binary.md", b"|a|b|\n|-|-|\n|\xFF\xFE|1|\n");
    let out = errcodes_run(&["import", binary.to_str().unwrap()]);
    assert!(out.stderr.contains("is not UTF-8"), "{}", out.stderr);
}
