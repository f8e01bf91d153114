/// The one place the version is written: `bantin --version` prints it and the Makefile reads it
/// for the Debian package.
enum BantinVersion {
    static let current = "0.12.0"
}
