// Without the `serde` feature of errcodes, generated types do not implement serde's traits.
errcodes::error_catalog!("alibaba_player");

fn needs_serialize<T: serde::Serialize>() {}

fn main() {
    needs_serialize::<AlibabaPlayerError>();
}
