using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.Vpc.Client.Models;

namespace Alicloud.RouterInterface.Reliability.Tests.Soak;

/// <summary>A part as deployed: the interface IDs and the VPCs they live in.</summary>
internal sealed record DeployedPart(PartPlan Plan, string InitiatorId, string? AcceptorId, CreateVpcResult InitiatorVpc, CreateVpcResult? AcceptorVpc);
