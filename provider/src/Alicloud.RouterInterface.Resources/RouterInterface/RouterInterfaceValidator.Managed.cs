using System.Globalization;
using P = Alicloud.RouterInterface.Resources.RouterInterface.RouterInterfaceProperties;
using V = Alicloud.RouterInterface.Resources.RouterInterface.RouterInterfaceValues;

namespace Alicloud.RouterInterface.Resources.RouterInterface;

/// <content>
/// Rules of tags, resource group, health-check rate and threshold and autoRenew. Tags as the Express Connect tag APIs
/// document them (TagResourcesForExpressConnect / ListTagResourcesForExpressConnect): at most 20; a key of 1–128
/// characters, a value of at most 128, neither starting with <c>aliyun</c> or <c>acs:</c> nor containing
/// <c>http://</c> or <c>https://</c>. AutoRenew is a subscription setting (CreateRouterInterfaceRequest).
/// </content>
public static partial class RouterInterfaceValidator
{
    public const int MaxTags = 20;

    private static void CheckManaged(RuleContext rules, RouterInterfaceArgs args)
    {
        if (args.Tags is { } tags)
        {
            if (tags.Count > MaxTags)
            {
                rules.Fail(P.Tags, $"may hold at most {MaxTags} tags (the API's limit), got {tags.Count.ToString(CultureInfo.InvariantCulture)}");
            }

            foreach (var (key, value) in tags.Values)
            {
                if (!IsTagText(key, 1))
                {
                    rules.Fail(P.Tags, $"key \"{Short(key)}\" must be 1 to 128 characters, not start with aliyun or acs: and contain no http:// or https://");
                }
                else if (!IsTagText(value, 0))
                {
                    rules.Fail(P.Tags, $"value of \"{Short(key)}\" must be at most 128 characters, not start with aliyun or acs: and contain no http:// or https://");
                }
            }
        }

        rules.Check(P.ResourceGroupId, args.ResourceGroupId, g => g.Length is > 0 and <= 64 && !g.Any(char.IsWhiteSpace), "must be a resource group ID (rg-…)");
        if (args.HcRate is < 1)
        {
            rules.Fail(P.HcRate, $"must be a positive number of milliseconds (2000 is the API's recommendation), got {args.HcRate?.ToString(CultureInfo.InvariantCulture)}");
        }

        if (args.HcThreshold is < 1)
        {
            rules.Fail(P.HcThreshold, $"must be a positive number of packets (8 is the API's recommendation), got {args.HcThreshold?.ToString(CultureInfo.InvariantCulture)}");
        }

        if (args.AutoRenew == true && args.InstanceChargeType is { } charge && !string.Equals(charge, V.PrePaid, StringComparison.Ordinal))
        {
            rules.Fail(P.AutoRenew, $"applies only to a subscription (instanceChargeType {V.PrePaid}), but instanceChargeType is {rules.Shown(P.InstanceChargeType, charge)}");
        }
    }

    private static bool IsTagText(string text, int minLength) =>
        text.Length >= minLength && text.Length <= 128
        && !text.StartsWith("aliyun", StringComparison.OrdinalIgnoreCase)
        && !text.StartsWith("acs:", StringComparison.OrdinalIgnoreCase)
        && !text.Contains("http://", StringComparison.OrdinalIgnoreCase)
        && !text.Contains("https://", StringComparison.OrdinalIgnoreCase);

    private static string Short(string text) => text.Length <= 32 ? text : text[..32] + "…";
}
