#[parse_errors(category(P = "P"))]
pub enum T {
    /// B.
    B = 3,
    /// B again.
    B = 5,
    /// C.
    #[entry(alias)]
    C = 4,
    /// D.
    D = 4,
}
