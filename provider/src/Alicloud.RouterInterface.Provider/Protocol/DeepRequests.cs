using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Pulumirpc;

namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>
/// Request parsing with a protobuf recursion limit above Google.Protobuf's default of 100. A Struct spends about three
/// levels per level of properties, so the default ends near 33, below what Pulumi's own .NET SDK sends (it raises the
/// limit for deep inputs); a request beyond the default would otherwise fail inside the generated parser, before any
/// interceptor, and reach the engine as "Exception was thrown by handler". Here deep requests parse and meet
/// <see cref="PropertyStructConverter"/>'s depth rule (InvalidArgument naming the property); anything deeper than
/// <see cref="RecursionLimit"/> or malformed is InvalidArgument too.
/// </summary>
internal static class DeepRequests
{
    public const int RecursionLimit = 1000;

    // Only the messages of provider.proto carry Structs; the others keep the generated marshaller.
    private static readonly Dictionary<Type, MessageParser> s_parsers =
        ProviderReflection.Descriptor.MessageTypes.Where(m => m.ClrType is not null && m.Parser is not null).ToDictionary(m => m.ClrType, m => m.Parser);

    /// <summary>The method with a request marshaller that parses with <see cref="RecursionLimit"/>.</summary>
    public static Method<TRequest, TResponse> WithDeepRequests<TRequest, TResponse>(Method<TRequest, TResponse> method)
        where TRequest : class
        where TResponse : class
    {
        ArgumentNullException.ThrowIfNull(method);
        if (!s_parsers.TryGetValue(typeof(TRequest), out var parser))
        {
            return method;
        }

        var serializer = method.RequestMarshaller.ContextualSerializer;
        var marshaller = Marshallers.Create(serializer, context => (TRequest)Parse(parser, context.PayloadAsNewBuffer()));
        return new Method<TRequest, TResponse>(method.Type, method.ServiceName, method.Name, marshaller, method.ResponseMarshaller);
    }

    internal static IMessage Parse(MessageParser parser, byte[] payload)
    {
        try
        {
            var input = CodedInputStream.CreateWithLimits(new MemoryStream(payload, writable: false), int.MaxValue, RecursionLimit);
            return parser.ParseFrom(input);
        }
        catch (InvalidProtocolBufferException exception)
        {
            var reason = exception.Message.Contains("nesting", StringComparison.OrdinalIgnoreCase)
                ? $"the request is nested deeper than {RecursionLimit} protobuf levels (about {RecursionLimit / 3} levels of properties)"
                : "the request is not a valid protobuf message";
            throw new RpcException(new Status(StatusCode.InvalidArgument, reason));
        }
    }

    /// <summary>For tests: whether a request type gets the deep parser.</summary>
    internal static bool Covers(MessageDescriptor descriptor) => s_parsers.ContainsKey(descriptor.ClrType);
}
