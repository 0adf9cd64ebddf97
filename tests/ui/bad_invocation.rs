// Neither a catalog name nor a declaration such as `pub enum PlayerError from "alibaba_player";`.
errcodes::error_catalog!(struct Foo);

fn main() {}
