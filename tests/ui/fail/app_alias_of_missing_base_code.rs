use parse_errors::parse_errors;

#[parse_errors(extends = parse_errors::ErrorCode, category(App = "App errors"))]
pub enum AppCode {
    /// Meant as another name of a Parse code, but Parse has no code 777.
    #[entry(alias)]
    Mystery = 777,
}

fn main() {}
