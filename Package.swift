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
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev). Only Markdown/CmarkDocument.swift imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // The Vietnamese lunar calendar (âm lịch): pure computation, no Foundation calendars.
        .target(name: "LunarCalendar"),
        // Word (.docx), PDF text (pdftotext's output) and plain text turned into the Markdown a careful
        // clerk would have typed: pure functions of bytes and text, no files, no processes.
        .target(
            name: "BantinFormats",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The whole pipeline: load → read → extract → assemble → render → publish.
        .target(
            name: "BantinKit",
            dependencies: [
                "BantinFormats",
                "CCmark",
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
            dependencies: ["BantinKit", "BantinFormats", "LunarCalendar",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
    ]
)
