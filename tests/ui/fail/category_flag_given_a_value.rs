use parse_errors::parse_errors;

#[parse_errors(category(Client = "Client-only errors", client_only = true))]
pub enum ErrorCode {
    /// The connection failed.
    ConnectionFailed = 100,
}

fn main() {}
