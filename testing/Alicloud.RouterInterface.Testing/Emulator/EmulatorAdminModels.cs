using System.Text.Json;

namespace Alicloud.RouterInterface.Testing.Emulator;

/// <summary>
/// A fault rule. Matches by Action (null or "*": any), optional RegionId and ResourceId (any request parameter equal
/// to it). When it fires (Probability, default 1): LatencyMs first, then DropConnection or the error Code/HttpStatus
/// (status defaults from the code: *.NotFound 404, InternalError 500, ServiceUnavailable 503, else 400). Count: how
/// many times (null: forever). The first matching rule wins.
/// </summary>
public sealed record FaultRule
{
    public string? Action { get; init; }
    public string? RegionId { get; init; }
    public string? ResourceId { get; init; }
    public string? Code { get; init; }
    public int? HttpStatus { get; init; }
    public string? Message { get; init; }
    public int? Count { get; init; }
    public double? Probability { get; init; }
    public int? LatencyMs { get; init; }
    public bool DropConnection { get; init; }
}

/// <summary>GET/PUT /_emulator/variants: the profile, the random profile's seed, and NAME → value (string or number).</summary>
public sealed record EmulatorVariantSettings(string Profile, int? Seed, IReadOnlyDictionary<string, JsonElement> Variants)
{
    public string Value(string name) =>
        Variants[name] is { ValueKind: JsonValueKind.String } text ? text.GetString()! : Variants[name].GetRawText();
}

internal sealed record VariantsRequest(string? Profile, int? Seed, IReadOnlyDictionary<string, string>? Variants);

/// <summary>Run-time limits; null members are left unchanged by <see cref="EmulatorAdminClient.SetLimitsAsync"/>.</summary>
public sealed record EmulatorLimitSettings(int? Qps = null, int? RouterInterfacesPerRouter = null);

/// <summary>One recorded OpenAPI call (Code null = success; HttpStatus 0 = connection dropped by a fault).</summary>
public sealed record EmulatorRequestRecord(
    DateTimeOffset Time,
    string RequestId,
    string Action,
    string? AccessKeyId,
    IReadOnlyDictionary<string, string> Parameters,
    string? Code,
    int HttpStatus);

/// <summary>Seed data: new VBRs, and flags on existing router interfaces and VPCs.</summary>
public sealed record EmulatorSeed
{
    public IReadOnlyList<SeedVbr>? Vbrs { get; init; }
    public IReadOnlyList<SeedRouterInterfaceFlags>? RouterInterfaces { get; init; }
    public IReadOnlyList<SeedVpcFlags>? Vpcs { get; init; }

    /// <summary>Resource groups added to accounts (each account always has its default group).</summary>
    public IReadOnlyList<SeedResourceGroup>? ResourceGroups { get; init; }
}

/// <summary>A VBR to create (VbrId and AccessPointId generated when null).</summary>
public sealed record SeedVbr(string AccountId, string RegionId, string? VbrId = null, string? AccessPointId = null);

/// <summary>OperationLocked → OperationFailed.OperationLocked on changes; ClassicLinkRouteEntry → DeleteExpressConnect DependencyViolation.ClassicLinkEcsRouteEntry.</summary>
public sealed record SeedRouterInterfaceFlags(string RouterInterfaceId, bool? OperationLocked = null, bool? ClassicLinkRouteEntry = null);

/// <summary>NonSteady → DeleteExpressConnect IncorrectStatus.Vpc.</summary>
public sealed record SeedVpcFlags(string VpcId, bool? NonSteady = null);

/// <summary>A resource group of an account, beside its default group <c>rg-acfm&lt;accountId&gt;</c>.</summary>
public sealed record SeedResourceGroup(string AccountId, string ResourceGroupId);

public sealed record SeededVbr(string VbrId, string RouteTableId, string AccountId, string RegionId, string AccessPointId);

public sealed record EmulatorSeedResult(IReadOnlyList<SeededVbr> Vbrs);

/// <summary>An admin call the emulator refused (body in the Alibaba error envelope).</summary>
public sealed class EmulatorAdminException : Exception
{
    public EmulatorAdminException(int statusCode, string body)
        : base($"Emulator admin call failed with HTTP {statusCode}: {body}")
    {
        StatusCode = statusCode;
        Body = body;
    }

    public EmulatorAdminException()
    {
        Body = "";
    }

    public EmulatorAdminException(string message)
        : base(message)
    {
        Body = "";
    }

    public EmulatorAdminException(string message, Exception innerException)
        : base(message, innerException)
    {
        Body = "";
    }

    public int StatusCode { get; }

    public string Body { get; }

    /// <summary>The envelope Code, if the body has one.</summary>
    public string? Code
    {
        get
        {
            try
            {
                using var document = JsonDocument.Parse(Body);
                return document.RootElement.TryGetProperty("Code", out var code) ? code.GetString() : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
