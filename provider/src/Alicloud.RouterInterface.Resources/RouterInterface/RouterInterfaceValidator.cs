using System.Globalization;
using System.Text.RegularExpressions;
using Alicloud.RouterInterface.Resources.Abstractions;
using P = Alicloud.RouterInterface.Resources.RouterInterface.RouterInterfaceProperties;
using V = Alicloud.RouterInterface.Resources.RouterInterface.RouterInterfaceValues;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <summary>
/// Check's rules: enums (normalised to their canonical spelling), spec/role combinations, name and description rules,
/// ID formats, charge-type rules, fast-link rules and defaults. Unknown inputs are skipped (they are validated once known).
/// </summary>
public static partial class RouterInterfaceValidator
{
    private static readonly IReadOnlyList<string> AllSpecs = [.. V.InitiatorSpecs, V.AcceptorSpec];

    private static readonly string[] RequiredInputs = [P.RouterId, P.RouterType, P.Role, P.Spec, P.OppositeRegionId];

    public static RouterInterfaceArgs Normalize(RouterInterfaceArgs args, List<CheckFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(failures);
        var rules = new RuleContext(args, failures);

        foreach (var required in RequiredInputs)
        {
            rules.Require(required);
        }

        args = args with
        {
            RouterType = rules.OneOf(P.RouterType, args.RouterType, V.RouterTypes),
            OppositeRouterType = rules.OneOf(P.OppositeRouterType, args.OppositeRouterType, V.RouterTypes)
                ?? (args.IsFastLink ? rules.Default(P.OppositeRouterType, V.VRouter) : null),
            Role = rules.OneOf(P.Role, args.Role, V.Roles),
            Spec = rules.OneOf(P.Spec, args.Spec, AllSpecs),
            InstanceChargeType = rules.OneOf(P.InstanceChargeType, args.InstanceChargeType, V.ChargeTypes) ?? rules.Default(P.InstanceChargeType, V.PostPaid),
            PricingCycle = rules.OneOf(P.PricingCycle, args.PricingCycle, V.PricingCycles) ?? rules.Default(P.PricingCycle, V.Month),
            Force = args.Force ?? (args.IsUnknown(P.Force) ? null : false),
            Connect = args.Connect ?? (args.IsUnknown(P.Connect) ? null : false),
            FastLinkMode = args.FastLinkMode ?? (args.IsUnknown(P.FastLinkMode) ? null : false),
            Status = rules.OneOf(P.Status, args.Status, V.ManagedStatuses),
        };

        CheckRouter(rules, P.RouterId, args.RouterId, P.RouterType, args.RouterType);
        CheckRouter(rules, P.OppositeRouterId, args.OppositeRouterId, P.OppositeRouterType, args.OppositeRouterType);
        rules.Match(P.OppositeInterfaceId, args.OppositeInterfaceId, InterfaceIdPattern(), "must be a router interface ID (ri-…)");
        rules.Match(P.OppositeRegionId, args.OppositeRegionId, RegionPattern(), "must be a region ID such as cn-hangzhou or ap-southeast-1");
        rules.Match(P.OppositeInterfaceOwnerId, args.OppositeInterfaceOwnerId, AccountPattern(), "must be an Alibaba Cloud account ID (digits)");
        rules.Match(P.AccessPointId, args.AccessPointId, NoSpacePattern(), "must be an access point ID (ap-…)");
        rules.Match(P.OppositeAccessPointId, args.OppositeAccessPointId, NoSpacePattern(), "must be an access point ID (ap-…)");
        CheckSpec(rules, args);
        CheckName(rules, args.Name);
        CheckDescription(rules, args.Description);
        CheckHealthCheck(rules, args);
        CheckCharge(rules, args);
        CheckConnect(rules, args);
        CheckFastLink(rules, args);
        CheckManaged(rules, args);
        return args;
    }

    private static void CheckRouter(RuleContext rules, string idProperty, string? routerId, string typeProperty, string? routerType)
    {
        if (!rules.Match(idProperty, routerId, RouterIdPattern(), "must be a vRouter ID (vrt-…) or a VBR ID (vbr-…)") || routerId is null || routerType is null)
        {
            return;
        }

        var expected = routerId.StartsWith("vbr-", StringComparison.Ordinal) ? V.Vbr : V.VRouter;
        if (!string.Equals(expected, routerType, StringComparison.Ordinal))
        {
            rules.Fail(typeProperty, $"is {rules.Shown(typeProperty, routerType)} but {idProperty} {rules.Shown(idProperty, routerId)} is a {expected}");
        }
    }

    private static void CheckSpec(RuleContext rules, RouterInterfaceArgs args)
    {
        if (args.Spec is null)
        {
            return;
        }

        var spec = args.Spec;
        if (!AllSpecs.Contains(spec, StringComparer.Ordinal))
        {
            return;
        }

        var isAcceptor = string.Equals(args.Role, V.AcceptingSide, StringComparison.Ordinal);
        if (isAcceptor && !string.Equals(spec, V.AcceptorSpec, StringComparison.Ordinal))
        {
            rules.Fail(P.Spec, $"an AcceptingSide interface must use spec {V.AcceptorSpec}, got {spec}");
        }
        else if (args.IsInitiator && string.Equals(spec, V.AcceptorSpec, StringComparison.Ordinal))
        {
            rules.Fail(P.Spec, $"an InitiatingSide interface needs a bandwidth spec ({V.InitiatorSpecs[0]} … {V.InitiatorSpecs[^1]}), not {V.AcceptorSpec}");
        }

        if (isAcceptor && string.Equals(args.RouterType, V.Vbr, StringComparison.Ordinal))
        {
            rules.Fail(P.Role, "a VBR can only be the InitiatingSide");
        }
    }

    private static void CheckName(RuleContext rules, string? name)
    {
        if (name is null)
        {
            return;
        }

        if (name.Length is < 2 or > 128)
        {
            rules.Fail(P.Name, $"must be 2 to 128 characters long, got {name.Length}");
        }
        else if (!char.IsLetter(name[0]))
        {
            rules.Fail(P.Name, "must start with a letter or a Chinese character");
        }
        else if (name.FirstOrDefault(c => !(char.IsLetterOrDigit(c) || c is '.' or '_' or '-')) is var bad && bad != default)
        {
            rules.Fail(P.Name, $"may contain only letters, Chinese characters, digits, '.', '_' and '-', found '{bad}'");
        }
    }

    private static void CheckDescription(RuleContext rules, string? description)
    {
        if (description is null)
        {
            return;
        }

        if (description.Length is < 2 or > 256)
        {
            rules.Fail(P.Description, $"must be 2 to 256 characters long, got {description.Length}");
        }
        else if (description.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || description.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            rules.Fail(P.Description, "must not start with http:// or https://");
        }
    }

    private static void CheckHealthCheck(RuleContext rules, RouterInterfaceArgs args)
    {
        rules.Check(P.HealthCheckSourceIp, args.HealthCheckSourceIp, IsIpv4, "must be an IPv4 address");
        rules.Check(P.HealthCheckTargetIp, args.HealthCheckTargetIp, IsIpv4, "must be an IPv4 address");
        if (args.HealthCheckSourceIp is not null && rules.IsAbsent(P.HealthCheckTargetIp, args.HealthCheckTargetIp))
        {
            rules.Fail(P.HealthCheckTargetIp, "is required when healthCheckSourceIp is set");
        }
    }

    private static void CheckCharge(RuleContext rules, RouterInterfaceArgs args)
    {
        if (string.Equals(args.InstanceChargeType, V.PrePaid, StringComparison.Ordinal))
        {
            var yearly = string.Equals(args.PricingCycle, V.Year, StringComparison.Ordinal);
            var max = yearly ? 3 : 9;
            if (rules.IsAbsent(P.Period, args.Period))
            {
                rules.Fail(P.Period, $"is required for PrePaid (1 to {max} {(yearly ? "years" : "months")})");
            }
            else if (args.Period is < 1 || args.Period > max)
            {
                rules.Fail(P.Period, $"must be 1 to {max} for pricingCycle {args.PricingCycle}, got {args.Period?.ToString(CultureInfo.InvariantCulture)}");
            }

            // Without AutoPay the API only places an unpaid order and the interface never settles (CreateRouterInterfaceRequest
            // AutoPay in the official SDK; terraform-provider-alicloud issue #515): refuse it here instead of waiting on it.
            if (args.AutoPay != true && !args.IsUnknown(P.AutoPay))
            {
                rules.Fail(P.AutoPay, "must be true for PrePaid: without it the API only places an unpaid order in the Order Center and the interface is not created until someone pays it");
            }
        }
        else if (string.Equals(args.InstanceChargeType, V.PostPaid, StringComparison.Ordinal))
        {
            if (args.Period is not null)
            {
                rules.Fail(P.Period, "applies only to instanceChargeType PrePaid");
            }

            if (args.AutoPay == true)
            {
                rules.Fail(P.AutoPay, "applies only to instanceChargeType PrePaid");
            }
        }
    }

    private static void CheckConnect(RuleContext rules, RouterInterfaceArgs args)
    {
        if (args.Connect != true)
        {
            return;
        }

        if (args.Role is not null && !args.IsInitiator)
        {
            rules.Fail(P.Connect, "only the InitiatingSide interface connects a pair; set connect on the initiator");
        }

        if (rules.IsAbsent(P.OppositeInterfaceId, args.OppositeInterfaceId))
        {
            rules.Fail(P.OppositeInterfaceId, "is required when connect is true (the acceptor's ID)");
        }
    }

    private static bool IsIpv4(string value)
    {
        var parts = value.Split('.');
        return parts.Length == 4 && parts.All(p =>
            p.Length is >= 1 and <= 3 && p.All(char.IsAsciiDigit) && int.Parse(p, CultureInfo.InvariantCulture) <= 255);
    }

    [GeneratedRegex("^(vrt|vbr)-[A-Za-z0-9]+$")]
    private static partial Regex RouterIdPattern();

    [GeneratedRegex("^ri-[A-Za-z0-9]+$")]
    private static partial Regex InterfaceIdPattern();

    [GeneratedRegex("^[a-z]{2,}(-[a-z0-9]+){1,4}$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex("^[0-9]{1,20}$")]
    private static partial Regex AccountPattern();

    [GeneratedRegex(@"^\S{1,128}$")]
    private static partial Regex NoSpacePattern();

    /// <summary>Collects failures; knows which inputs are unknown so that they are neither required nor validated.</summary>
    private sealed class RuleContext(RouterInterfaceArgs args, List<CheckFailure> failures)
    {
        public void Fail(string property, string reason) => failures.Add(new CheckFailure(property, reason));

        /// <summary>An input value as a message quotes it: short, and never the value of a secret input.</summary>
        public string Shown(string property, string value) =>
            args.Secrets.Contains(property) ? "[secret]" : $"\"{(value.Length <= 64 ? value : value[..64] + "…")}\"";

        public bool IsAbsent(string property, object? value) => value is null && !args.IsUnknown(property);

        public void Require(string property)
        {
            if (IsAbsent(property, RouterInterfaceFields.FindInput(property)!.Get(args)))
            {
                Fail(property, "is required");
            }
        }

        public string? Default(string property, string value) => args.IsUnknown(property) ? null : value;

        public string? OneOf(string property, string? value, IReadOnlyList<string> allowed)
        {
            if (value is null)
            {
                return null;
            }

            var canonical = V.Canonical(allowed, value);
            if (canonical is null)
            {
                Fail(property, $"must be one of {string.Join(", ", allowed)}, got {Shown(property, value)}");
                return value;
            }

            return canonical;
        }

        public bool Match(string property, string? value, Regex pattern, string reason) =>
            Check(property, value, pattern.IsMatch, reason);

        public bool Check(string property, string? value, Func<string, bool> isValid, string reason)
        {
            if (value is null || isValid(value))
            {
                return true;
            }

            Fail(property, $"{reason}, got {Shown(property, value)}");
            return false;
        }
    }
}
