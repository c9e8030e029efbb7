using Community.Domain.Tool;

return Cli.Run(args, Console.Out, Console.Error);
