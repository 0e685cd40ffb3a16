use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
pub enum ErrorCode {
    /// Cloud Code script failed.
    ScriptFailed = 141,
    /// Cloud function not found.
    #[entry(alias)]
    FunctionNotFound = 141,
    /// Background job not found.
    JobNotFound = 141,
}

fn main() {}
