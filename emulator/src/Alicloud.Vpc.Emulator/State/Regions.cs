namespace Alicloud.Vpc.Emulator.State;

/// <summary>One region the emulator knows; <see cref="MainlandChina"/> decides CrossBorder for a pair.</summary>
internal sealed record RegionInfo(string RegionId, string LocalName, bool MainlandChina)
{
    public string Endpoint => $"vpc.{RegionId}.aliyuncs.com";
}

/// <summary>The fixed region list (a realistic subset of the live DescribeRegions answer).</summary>
internal static class Regions
{
    public static IReadOnlyList<RegionInfo> All { get; } =
    [
        new("cn-qingdao", "华北1（青岛）", true),
        new("cn-beijing", "华北2（北京）", true),
        new("cn-zhangjiakou", "华北3（张家口）", true),
        new("cn-huhehaote", "华北5（呼和浩特）", true),
        new("cn-wulanchabu", "华北6（乌兰察布）", true),
        new("cn-hangzhou", "华东1（杭州）", true),
        new("cn-shanghai", "华东2（上海）", true),
        new("cn-nanjing", "华东5（南京-本地地域）", true),
        new("cn-fuzhou", "华东6（福州-本地地域）", true),
        new("cn-shenzhen", "华南1（深圳）", true),
        new("cn-heyuan", "华南2（河源）", true),
        new("cn-guangzhou", "华南3（广州）", true),
        new("cn-chengdu", "西南1（成都）", true),
        new("cn-hongkong", "中国香港", false),
        new("ap-northeast-1", "日本（东京）", false),
        new("ap-northeast-2", "韩国（首尔）", false),
        new("ap-southeast-1", "新加坡", false),
        new("ap-southeast-3", "马来西亚（吉隆坡）", false),
        new("ap-southeast-5", "印度尼西亚（雅加达）", false),
        new("ap-southeast-6", "菲律宾（马尼拉）", false),
        new("ap-southeast-7", "泰国（曼谷）", false),
        new("us-east-1", "美国（弗吉尼亚）", false),
        new("us-west-1", "美国（硅谷）", false),
        new("eu-west-1", "英国（伦敦）", false),
        new("eu-central-1", "德国（法兰克福）", false),
        new("me-east-1", "阿联酋（迪拜）", false),
    ];

    private static readonly Dictionary<string, RegionInfo> s_byId = All.ToDictionary(r => r.RegionId, StringComparer.Ordinal);

    public static RegionInfo? Find(string regionId) => s_byId.GetValueOrDefault(regionId);

    public static bool IsKnown(string regionId) => s_byId.ContainsKey(regionId);

    /// <summary>A link between mainland China and anywhere else is cross-border.</summary>
    public static bool IsCrossBorder(string regionA, string regionB) =>
        Find(regionA) is { } a && Find(regionB) is { } b && a.MainlandChina != b.MainlandChina;
}
