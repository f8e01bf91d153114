import Foundation
import Testing

/// `make install` and `bantin --version`, as the commune's IT officer would use them.
@Suite struct InstallTests {
    /// The version the binary prints is the one the Makefile reads for the Debian package.
    static func sourceVersion() throws -> String {
        let text = try String(contentsOf: Package.root.appendingPathComponent("Sources/bantin/Version.swift"), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.contains("current = \"") })
        return String(line.split(separator: "\"")[1])
    }

    @Test func versionPrintsTheOneVersion() throws {
        let result = try runTool(Package.executable.path, ["--version"])
        #expect(result.status == 0)
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == (try Self.sourceVersion()))
    }

    /// `make install DESTDIR=… PREFIX=/usr` stages bin/bantin, which runs and builds the example site.
    @Test func makeInstallIntoDestdirGivesAWorkingBantin() throws {
        let destdir = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: destdir) }
        let make = try runTool("make", ["-C", Package.root.path, "install", "DESTDIR=\(destdir.path)", "PREFIX=/usr",
                                        "INSTALL_FROM=\(Package.executable.path)"])
        #expect(make.status == 0, "\(make.error)")
        let installed = destdir.appendingPathComponent("usr/bin/bantin")
        #expect(FileManager.default.isExecutableFile(atPath: installed.path))
        #expect(FileManager.default.fileExists(atPath: destdir.appendingPathComponent("usr/share/doc/bantin/README.md").path))
        let version = try runTool(installed.path, ["--version"])
        #expect(version.status == 0)
        #expect(version.output.contains(try Self.sourceVersion()))

        // The installed binary builds a site from its own folder (nothing from the repository's build).
        let site = try TemporarySite(["content/tb.md": "THÔNG BÁO\n\nKết luận hội nghị tháng 3/2026\n\nIII. Nhiệm vụ trọng tâm tháng 3/2026\n\nMột là, UBND xã hoàn thành báo cáo trước 20/3/2026.\n"])
        defer { site.remove() }
        let build = try runTool(installed.path, ["build", "--quiet"], in: site.root)
        #expect(build.status == 0, "\(build.error)")
        #expect(site.exists("public/index.html"))
    }

    /// `make deb` (here from the debug build, as the release one takes minutes): a package whose
    /// control file names libcmark and poppler-utils, and whose bantin runs once unpacked.
    @Test func makeDebBuildsAPackageWithItsRuntimeDependencies() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("bantin-deb-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        var environment = ProcessInfo.processInfo.environment
        environment["DEB_OUT"] = out.path
        environment["DEB_COMPRESSION"] = "none"  // xz takes a minute over a debug binary
        let make = try runTool("make", ["-C", Package.root.path, "deb", "DEB_FROM=\(Package.executable.path)"], environment: environment)
        #expect(make.status == 0, "\(make.error)")
        let version = try Self.sourceVersion()
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        let deb = out.appendingPathComponent(try #require(files.first { $0.hasPrefix("bantin_\(version)_") && $0.hasSuffix(".deb") }))
        let depends = try runTool("dpkg-deb", ["--field", deb.path, "Depends"]).output
        #expect(depends.contains("libcmark0.30.2") && depends.contains("poppler-utils"), "\(depends)")
        let contents = try runTool("dpkg-deb", ["--contents", deb.path]).output
        #expect(contents.contains("./usr/bin/bantin") && contents.contains("./usr/share/doc/bantin/bantin-watch.service"), "\(contents)")
        let unpacked = out.appendingPathComponent("root")
        #expect(try runTool("dpkg-deb", ["-x", deb.path, unpacked.path]).status == 0)
        let run = try runTool(unpacked.appendingPathComponent("usr/bin/bantin").path, ["--version"])
        #expect(run.output.trimmingCharacters(in: .whitespacesAndNewlines) == version)
    }
}
