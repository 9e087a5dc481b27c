using System.Collections.Frozen;

namespace Alicloud.Vpc.Client.Settings;

/// <summary>
/// The VPC host for a region as the official SDK chooses it (A10 of the real-API notes): its <c>_endpointMap</c> first,
/// else the "regional" rule <c>vpc.&lt;region&gt;.aliyuncs.com</c>.
/// Source: github.com/aliyun/alibabacloud-typescript-sdk, <c>vpc-20160428/src/client.ts</c> (package
/// <c>@alicloud/vpc20160428</c> 7.2.5, commit 67a6f1d6), the constructor's <c>_endpointMap</c> and <c>getEndpoint</c>; the
/// rule is <c>Utils.GetEndpointRules</c> of github.com/aliyun/darabonba-openapi <c>csharp/core/Utils.cs</c> (product, then
/// region, no network or suffix). Only the entries that differ from the rule are listed here.
/// </summary>
internal static class VpcEndpointMap
{
    private static readonly FrozenDictionary<string, string> s_exceptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["cn-hangzhou"] = "vpc.aliyuncs.com",
        ["cn-shanghai-finance-1"] = "vpc.aliyuncs.com",
        ["cn-shenzhen-finance-1"] = "vpc.aliyuncs.com",
        ["cn-north-2-gov-1"] = "vpc.aliyuncs.com",
        ["ap-northeast-2-pop"] = "vpc.aliyuncs.com",
        ["cn-beijing-finance-pop"] = "vpc.aliyuncs.com",
        ["cn-beijing-gov-1"] = "vpc.aliyuncs.com",
        ["cn-beijing-nu16-b01"] = "vpc.aliyuncs.com",
        ["cn-edge-1"] = "vpc-nebula.cn-qingdao-nebula.aliyuncs.com",
        ["cn-fujian"] = "vpc.aliyuncs.com",
        ["cn-haidian-cm12-c01"] = "vpc.aliyuncs.com",
        ["cn-hangzhou-bj-b01"] = "vpc.aliyuncs.com",
        ["cn-hangzhou-finance"] = "vpc.aliyuncs.com",
        ["cn-hangzhou-internal-prod-1"] = "vpc.aliyuncs.com",
        ["cn-hangzhou-internal-test-1"] = "vpc-pre.cn-hangzhou.aliyuncs.com",
        ["cn-hangzhou-internal-test-2"] = "vpc-inner-pre.cn-hangzhou.aliyuncs.com",
        ["cn-hangzhou-internal-test-3"] = "vpc-pre.cn-hangzhou.aliyuncs.com",
        ["cn-hangzhou-test-306"] = "vpc-pre.cn-hangzhou.aliyuncs.com",
        ["cn-hongkong-finance-pop"] = "vpc.aliyuncs.com",
        ["cn-huhehaote-nebula-1"] = "vpc-nebula.cn-qingdao-nebula.aliyuncs.com",
        ["cn-qingdao-nebula"] = "vpc-nebula.cn-qingdao-nebula.aliyuncs.com",
        ["cn-shanghai-et15-b01"] = "vpc-pre.cn-hangzhou.aliyuncs.com",
        ["cn-shanghai-et2-b01"] = "vpc.aliyuncs.com",
        ["cn-shanghai-inner"] = "vpc.aliyuncs.com",
        ["cn-shanghai-internal-test-1"] = "vpc-pre.cn-hangzhou.aliyuncs.com",
        ["cn-shenzhen-inner"] = "vpc.aliyuncs.com",
        ["cn-shenzhen-st4-d01"] = "vpc.aliyuncs.com",
        ["cn-shenzhen-su18-b01"] = "vpc.aliyuncs.com",
        ["cn-wuhan"] = "vpc.aliyuncs.com",
        ["cn-yushanfang"] = "vpc.aliyuncs.com",
        ["cn-zhangbei"] = "vpc.aliyuncs.com",
        ["cn-zhangbei-na61-b01"] = "vpc.aliyuncs.com",
        ["cn-zhangjiakou-na62-a01"] = "vpc.cn-zhangjiakou.aliyuncs.com",
        ["cn-zhengzhou-nebula-1"] = "vpc-nebula.cn-qingdao-nebula.aliyuncs.com",
        ["eu-west-1-oxs"] = "vpc-nebula.cn-shenzhen-cloudstone.aliyuncs.com",
        ["rus-west-1-pop"] = "vpc.aliyuncs.com",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The host name for <paramref name="regionId"/> (a well-formed region ID).</summary>
    public static string HostFor(string regionId) =>
        s_exceptions.TryGetValue(regionId, out var host) ? host : $"vpc.{regionId}.aliyuncs.com";
}
