use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"), category(Client = "Client-only errors", client_only))]
pub enum ErrorCode {
    /// The connection to the Parse servers failed.
    #[entry(Clinet)]
    ConnectionFailed = 100,
}

fn main() {}
