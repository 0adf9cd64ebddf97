// Invocations the macro cannot read: nothing, a name followed by more, a declaration without
// `from`, a catalog that is not a string literal, and a byte string.
errcodes::error_catalog!();
errcodes::error_catalog!("alibaba_player" extra);
errcodes::error_catalog!(pub enum PlayerError "alibaba_player");
errcodes::error_catalog!(pub enum PlayerError from alibaba_player);
errcodes::error_catalog!(b"alibaba_player");

fn main() {}
