// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "bantin",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bantin", targets: ["bantin"]),
        .library(name: "BantinKit", targets: ["BantinKit"]),
        .library(name: "LunarCalendar", targets: ["LunarCalendar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev). Only the Markdown target imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // The Vietnamese lunar calendar (âm lịch): pure computation, no Foundation calendars.
        .target(name: "LunarCalendar"),
        // Document structure as values (blocks, inlines), whatever the source format.
        .target(name: "DocumentTree"),
        // The cmark wrapper: Markdown text → DocumentTree values, and HTML. Knows nothing of Vietnamese.
        .target(name: "Markdown", dependencies: ["CCmark", "DocumentTree"]),
        // Extraction: the model, text, the conclusion reader and task extraction. Pure values: no
        // YAML, Markdown, templates, HTML or files.
        .target(name: "BantinCore", dependencies: ["LunarCalendar", "DocumentTree"]),
        // The whole pipeline: load → read → extract → assemble → render → publish.
        .target(
            name: "BantinKit",
            dependencies: [
                "BantinCore",
                "DocumentTree",
                "Markdown",
                "LunarCalendar",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "bantin",
            dependencies: [
                "BantinKit",
                "LunarCalendar",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LunarCalendarTests", dependencies: ["LunarCalendar"]),
        .testTarget(
            name: "BantinKitTests",
            dependencies: ["BantinKit", "BantinCore", "DocumentTree", "Markdown", "LunarCalendar"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
