// Names the generated type has already, as a variant (`ERR` gives `Err`, FromStr's error type;
// variant = "LOCALES") or as an alias's constant (`code` gives `Code`, ErrorCode's code type),
// are diagnostics that say what to do, not errors in the generated code.
errcodes::error_catalog!("reserved_name");

mod strings {
    errcodes::error_catalog!("reserved_alias");
}

fn main() {}
