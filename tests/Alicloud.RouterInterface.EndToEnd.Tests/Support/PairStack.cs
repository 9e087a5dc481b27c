using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>A stack holding an acceptor and an initiator (pointing at it, connected or not), each on its own VPC.</summary>
internal sealed record PairStack(StackProgram Program, string AcceptorId, string InitiatorId, Router AcceptorRouter, Router InitiatorRouter)
{
    public const string AcceptorName = "acceptor";
    public const string InitiatorName = "initiator";
}
