import ClaimKit
