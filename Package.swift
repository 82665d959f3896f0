// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "claims",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "claims", targets: ["claims"]),
        .library(name: "ClaimKit", targets: ["ClaimKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "ClaimKit"),
        .target(name: "ClaimShell", dependencies: ["ClaimKit", "CEditLine"]),
        .executableTarget(
            name: "claims",
            dependencies: [
                "ClaimShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "claims-bench",
            dependencies: ["ClaimKit"],
            path: "Benchmarks/ClaimsBench"
        ),
        .testTarget(name: "ClaimKitTests", dependencies: ["ClaimKit"]),
        .testTarget(name: "ClaimShellTests", dependencies: ["ClaimShell", "ClaimKit"]),
    ]
)
