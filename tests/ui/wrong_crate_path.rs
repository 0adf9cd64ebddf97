// `crate = …` names a path where errcodes is not: the errors point at the path as written.
errcodes::error_catalog! {
    #[errcodes(crate = sdk::errcodes)]
    pub enum PlayerError from "alibaba_player";
}

fn main() {}
