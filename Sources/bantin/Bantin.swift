import ArgumentParser
import BantinKit

@main
struct Bantin: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "bantin",
        subcommands: [AmLichCommand.self]
    )
}
