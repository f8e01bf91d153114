// swift-tools-version:6.0
import PackageDescription

import Foundation

// The targets, each depending only on those above it, in the order of the pipeline:
//
//     LunarCalendar, DocumentTree
//     Markdown        (cmark: Markdown text → DocumentTree values, and HTML)
//     BantinCore      (model, text, reader, extraction)       — read, extract
//     BantinSite      (site model, SitePaths, path map)       — assemble
//     BantinRender    (views, templates, feeds, exports)      — render
//     BantinKit       (loading, publishing, the public API)   — load, publish
//     bantin          (the command line)
//
// The compiler enforces the direction: extraction cannot reach YAML, cmark, templates or HTML, and
// rendering cannot reach the disk. scripts/check-layers.sh (run by `make test`) checks the rest.
let package = Package(
    name: "bantin",
    platforms: [.macOS(.v15)],  // Synchronization (Mutex, Atomic): the progress line, --watch, serve
    products: [
        .executable(name: "bantin", targets: ["bantin"]),
        .library(name: "BantinKit", targets: ["BantinKit"]),
        .library(name: "BantinCore", targets: ["BantinCore"]),
        .library(name: "LunarCalendar", targets: ["LunarCalendar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
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
        // The cmark wrapper. Knows nothing of Vietnamese.
        .target(name: "Markdown", dependencies: ["CCmark", "DocumentTree"]),
        // Read and extract: the model (conclusions, tasks, units, deadlines, diagnostics, site
        // configuration values), text, the conclusion reader and task extraction. Pure values:
        // no YAML, Markdown, templates, HTML or files.
        .target(name: "BantinCore", dependencies: ["LunarCalendar", "DocumentTree"]),
        // Assemble: the site model (tasks with their units, unit assignments, calendars), every
        // output path and anchor (SitePaths), the collision map. No HTML, no files.
        .target(name: "BantinSite", dependencies: ["BantinCore"]),
        // Render: view models (typed template values), the Mustache templates compiled once (our own
        // engine, behind PageRenderer), page bodies through the Markdown wrapper, feeds, sitemap,
        // search index, exports. No files.
        .target(name: "BantinRender", dependencies: ["BantinSite", "Markdown"]),
        // Word (.docx), PDF text (pdftotext's output) and plain text turned into the Markdown a careful
        // clerk would have typed: pure functions of bytes and text, no files, no processes.
        .target(
            name: "BantinFormats",
            dependencies: ["BantinCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The ends and the public API: loading (files, YAML), the read API, builds, publishing.
        .target(
            name: "BantinKit",
            dependencies: [
                "BantinRender",
                "BantinFormats",
                "Markdown",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "bantin",
            dependencies: [
                "BantinKit",
                "BantinRender",
                "LunarCalendar",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzzer's mutations of real inputs and the promises checked on each (issue 13), shared
        // by the seeded test (`make test`, `make fuzz`) and the libFuzzer target below.
        .target(name: "BantinFuzzing", dependencies: ["BantinKit", "BantinRender", "BantinCore"]),
        .testTarget(name: "LunarCalendarTests", dependencies: ["LunarCalendar"]),
        // Extraction on plain strings: these tests see nothing but BantinCore.
        .testTarget(name: "BantinCoreTests", dependencies: ["BantinCore"]),
        .testTarget(
            name: "BantinKitTests",
            dependencies: ["BantinKit", "BantinRender", "BantinSite", "BantinCore", "BantinFormats", "DocumentTree", "Markdown", "LunarCalendar",
                           "BantinFuzzing",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
    ]
)

// The libFuzzer target (`make fuzz`, scripts/libfuzzer.sh): it links libFuzzer's driver, so it
// exists only in a build made with `BANTIN_LIBFUZZER=1 swift build --scratch-path .build-fuzz
// -Xswiftc -sanitize=fuzzer`.
if ProcessInfo.processInfo.environment["BANTIN_LIBFUZZER"] == "1" {
    package.targets += [
        .target(name: "CFuzzerDriver"),
        .executableTarget(name: "bantin-fuzz", dependencies: ["BantinFuzzing", "CFuzzerDriver"]),
    ]
    package.products.append(.executable(name: "bantin-fuzz", targets: ["bantin-fuzz"]))
}
