import { PairPacError } from "../../src/errors";
import { BranchIdentity, BranchIdentityJson } from "../../src/identity";

const PARENT = "pairpac.example.org";

/**
 * Pinned mapping. These names are live environments: a zone, a workspace, a compartment, a stack. If this table has
 * to change, every listed branch's environment is renamed (destroyed and recreated) — change it only on purpose.
 */
const PINNED: Array<Omit<BranchIdentityJson, "parentDomain">> = [
  {
    branch: "main",
    dnsLabel: "main",
    zoneName: "main.pairpac.example.org",
    workspaceName: "main",
    compartmentName: "main",
    stackName: "main",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "main",
      "pairpac:branch": "main",
    },
  },
  {
    branch: "Main",
    dnsLabel: "main--eb814be3",
    zoneName: "main--eb814be3.pairpac.example.org",
    workspaceName: "main--eb814be3",
    compartmentName: "main--eb814be3",
    stackName: "main--eb814be3",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "main--eb814be3",
      "pairpac:branch": "Main",
    },
  },
  {
    branch: "MAIN",
    dnsLabel: "main--95832d03",
    zoneName: "main--95832d03.pairpac.example.org",
    workspaceName: "main--95832d03",
    compartmentName: "main--95832d03",
    stackName: "main--95832d03",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "main--95832d03",
      "pairpac:branch": "MAIN",
    },
  },
  {
    branch: "develop",
    dnsLabel: "develop",
    zoneName: "develop.pairpac.example.org",
    workspaceName: "develop",
    compartmentName: "develop",
    stackName: "develop",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "develop",
      "pairpac:branch": "develop",
    },
  },
  {
    branch: "feature/audio",
    dnsLabel: "feature-audio--6681c9ed",
    zoneName: "feature-audio--6681c9ed.pairpac.example.org",
    workspaceName: "feature-audio--6681c9ed",
    compartmentName: "feature-audio--6681c9ed",
    stackName: "feature-audio--6681c9ed",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "feature-audio--6681c9ed",
      "pairpac:branch": "feature/audio",
    },
  },
  {
    branch: "feature/Audio_fix",
    dnsLabel: "feature-audio-fix--d68f6551",
    zoneName: "feature-audio-fix--d68f6551.pairpac.example.org",
    workspaceName: "feature-audio_fix--d68f6551",
    compartmentName: "feature-audio_fix--d68f6551",
    stackName: "feature-audio_fix--d68f6551",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "feature-audio-fix--d68f6551",
      "pairpac:branch": "feature/Audio_fix",
    },
  },
  {
    branch: "feature-audio",
    dnsLabel: "feature-audio",
    zoneName: "feature-audio.pairpac.example.org",
    workspaceName: "feature-audio",
    compartmentName: "feature-audio",
    stackName: "feature-audio",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "feature-audio",
      "pairpac:branch": "feature-audio",
    },
  },
  {
    branch: "feature_audio",
    dnsLabel: "feature-audio--7044db6f",
    zoneName: "feature-audio--7044db6f.pairpac.example.org",
    workspaceName: "feature_audio",
    compartmentName: "feature_audio",
    stackName: "feature_audio",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "feature-audio--7044db6f",
      "pairpac:branch": "feature_audio",
    },
  },
  {
    branch: "feature.audio",
    dnsLabel: "feature-audio--03229611",
    zoneName: "feature-audio--03229611.pairpac.example.org",
    workspaceName: "feature-audio--03229611",
    compartmentName: "feature.audio",
    stackName: "feature-audio--03229611",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "feature-audio--03229611",
      "pairpac:branch": "feature.audio",
    },
  },
  {
    branch: "release-1.2",
    dnsLabel: "release-1-2--8e4546ab",
    zoneName: "release-1-2--8e4546ab.pairpac.example.org",
    workspaceName: "release-1-2--8e4546ab",
    compartmentName: "release-1.2",
    stackName: "release-1-2--8e4546ab",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "release-1-2--8e4546ab",
      "pairpac:branch": "release-1.2",
    },
  },
  {
    branch: "release/1.2.3",
    dnsLabel: "release-1-2-3--88ded651",
    zoneName: "release-1-2-3--88ded651.pairpac.example.org",
    workspaceName: "release-1-2-3--88ded651",
    compartmentName: "release-1.2.3--88ded651",
    stackName: "release-1-2-3--88ded651",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "release-1-2-3--88ded651",
      "pairpac:branch": "release/1.2.3",
    },
  },
  {
    branch: "v2.0",
    dnsLabel: "v2-0--7761fa94",
    zoneName: "v2-0--7761fa94.pairpac.example.org",
    workspaceName: "v2-0--7761fa94",
    compartmentName: "v2.0",
    stackName: "v2-0--7761fa94",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "v2-0--7761fa94",
      "pairpac:branch": "v2.0",
    },
  },
  {
    branch: "user/jane.doe/fix-login",
    dnsLabel: "user-jane-doe-fix-login--92087efa",
    zoneName: "user-jane-doe-fix-login--92087efa.pairpac.example.org",
    workspaceName: "user-jane-doe-fix-login--92087efa",
    compartmentName: "user-jane.doe-fix-login--92087efa",
    stackName: "user-jane-doe-fix-login--92087efa",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "user-jane-doe-fix-login--92087efa",
      "pairpac:branch": "user/jane.doe/fix-login",
    },
  },
  {
    branch: "dependabot/npm_and_yarn/typescript-5.9.3",
    dnsLabel: "dependabot-npm-and-yarn-typescript-5-9-3--b2a01e01",
    zoneName: "dependabot-npm-and-yarn-typescript-5-9-3--b2a01e01.pairpac.example.org",
    workspaceName: "dependabot-npm_and_yarn-typescript-5-9-3--b2a01e01",
    compartmentName: "dependabot-npm_and_yarn-typescript-5.9.3--b2a01e01",
    stackName: "dependabot-npm_and_yarn-typescript-5-9-3--b2a01e01",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "dependabot-npm-and-yarn-typescript-5-9-3--b2a01e01",
      "pairpac:branch": "dependabot/npm_and_yarn/typescript-5.9.3",
    },
  },
  {
    branch: "fix#12",
    dnsLabel: "fix-12--5bc19252",
    zoneName: "fix-12--5bc19252.pairpac.example.org",
    workspaceName: "fix-12--5bc19252",
    compartmentName: "fix-12--5bc19252",
    stackName: "fix-12--5bc19252",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "fix-12--5bc19252",
      "pairpac:branch": "b64:Zml4IzEy",
    },
  },
  {
    branch: "feature-x-1a2b3c4d",
    dnsLabel: "feature-x-1a2b3c4d",
    zoneName: "feature-x-1a2b3c4d.pairpac.example.org",
    workspaceName: "feature-x-1a2b3c4d",
    compartmentName: "feature-x-1a2b3c4d",
    stackName: "feature-x-1a2b3c4d",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "feature-x-1a2b3c4d",
      "pairpac:branch": "feature-x-1a2b3c4d",
    },
  },
  {
    branch: "feature-x--1a2b3c4d",
    dnsLabel: "feature-x-1a2b3c4d--482fde99",
    zoneName: "feature-x-1a2b3c4d--482fde99.pairpac.example.org",
    workspaceName: "feature-x-1a2b3c4d--482fde99",
    compartmentName: "feature-x-1a2b3c4d--482fde99",
    stackName: "feature-x-1a2b3c4d--482fde99",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "feature-x-1a2b3c4d--482fde99",
      "pairpac:branch": "feature-x--1a2b3c4d",
    },
  },
  {
    branch: "feature-audio-fix--d68f6551",
    dnsLabel: "feature-audio-fix-d68f6551--44effb79",
    zoneName: "feature-audio-fix-d68f6551--44effb79.pairpac.example.org",
    workspaceName: "feature-audio-fix-d68f6551--44effb79",
    compartmentName: "feature-audio-fix-d68f6551--44effb79",
    stackName: "feature-audio-fix-d68f6551--44effb79",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "feature-audio-fix-d68f6551--44effb79",
      "pairpac:branch": "feature-audio-fix--d68f6551",
    },
  },
  {
    branch: "xn",
    dnsLabel: "xn",
    zoneName: "xn.pairpac.example.org",
    workspaceName: "xn",
    compartmentName: "xn",
    stackName: "xn",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "xn",
      "pairpac:branch": "xn",
    },
  },
  {
    branch: "XN",
    dnsLabel: "xnx--9e6c44ed",
    zoneName: "xnx--9e6c44ed.pairpac.example.org",
    workspaceName: "xnx--9e6c44ed",
    compartmentName: "xnx--9e6c44ed",
    stackName: "xnx--9e6c44ed",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "xnx--9e6c44ed",
      "pairpac:branch": "XN",
    },
  },
  {
    branch: "xn--a",
    dnsLabel: "xn-a--0c845226",
    zoneName: "xn-a--0c845226.pairpac.example.org",
    workspaceName: "xn-a--0c845226",
    compartmentName: "xn-a--0c845226",
    stackName: "xn-a--0c845226",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "xn-a--0c845226",
      "pairpac:branch": "xn--a",
    },
  },
  {
    branch: "ab--cd",
    dnsLabel: "ab-cd--867181d6",
    zoneName: "ab-cd--867181d6.pairpac.example.org",
    workspaceName: "ab-cd--867181d6",
    compartmentName: "ab-cd--867181d6",
    stackName: "ab-cd--867181d6",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "ab-cd--867181d6",
      "pairpac:branch": "ab--cd",
    },
  },
  {
    branch: "a",
    dnsLabel: "a",
    zoneName: "a.pairpac.example.org",
    workspaceName: "a",
    compartmentName: "a",
    stackName: "a",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "a",
      "pairpac:branch": "a",
    },
  },
  {
    branch: "A",
    dnsLabel: "axx--559aead0",
    zoneName: "axx--559aead0.pairpac.example.org",
    workspaceName: "axx--559aead0",
    compartmentName: "axx--559aead0",
    stackName: "axx--559aead0",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "axx--559aead0",
      "pairpac:branch": "A",
    },
  },
  {
    branch: "2024",
    dnsLabel: "2024",
    zoneName: "2024.pairpac.example.org",
    workspaceName: "2024",
    compartmentName: "2024",
    stackName: "2024",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "2024",
      "pairpac:branch": "2024",
    },
  },
  {
    branch: "_private",
    dnsLabel: "private--3ce6c249",
    zoneName: "private--3ce6c249.pairpac.example.org",
    workspaceName: "private--3ce6c249",
    compartmentName: "private--3ce6c249",
    stackName: "private--3ce6c249",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "private--3ce6c249",
      "pairpac:branch": "_private",
    },
  },
  {
    branch: "wip-",
    dnsLabel: "wip--f0bc2212",
    zoneName: "wip--f0bc2212.pairpac.example.org",
    workspaceName: "wip--f0bc2212",
    compartmentName: "wip--f0bc2212",
    stackName: "wip--f0bc2212",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "wip--f0bc2212",
      "pairpac:branch": "wip-",
    },
  },
  {
    branch: "fix.LOCK",
    dnsLabel: "fix-lock--695c30e7",
    zoneName: "fix-lock--695c30e7.pairpac.example.org",
    workspaceName: "fix-lock--695c30e7",
    compartmentName: "fix.lock--695c30e7",
    stackName: "fix-lock--695c30e7",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "fix-lock--695c30e7",
      "pairpac:branch": "fix.LOCK",
    },
  },
  {
    branch: "a@b",
    dnsLabel: "a-b--7508d8b5",
    zoneName: "a-b--7508d8b5.pairpac.example.org",
    workspaceName: "a-b--7508d8b5",
    compartmentName: "a-b--7508d8b5",
    stackName: "a-b--7508d8b5",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "a-b--7508d8b5",
      "pairpac:branch": "a@b",
    },
  },
  {
    branch: "日本語",
    dnsLabel: "xxx--77710aed",
    zoneName: "xxx--77710aed.pairpac.example.org",
    workspaceName: "xxx--77710aed",
    compartmentName: "xxx--77710aed",
    stackName: "xxx--77710aed",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "xxx--77710aed",
      "pairpac:branch": "b64:5pel5pys6Kqe",
    },
  },
  {
    branch: "Grüße/ÄÖÜ-ß",
    dnsLabel: "grusse-aou-ss--7b9f1af1",
    zoneName: "grusse-aou-ss--7b9f1af1.pairpac.example.org",
    workspaceName: "grusse-aou-ss--7b9f1af1",
    compartmentName: "grusse-aou-ss--7b9f1af1",
    stackName: "grusse-aou-ss--7b9f1af1",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "grusse-aou-ss--7b9f1af1",
      "pairpac:branch": "b64:R3LDvMOfZS_DhMOWw5wtw58",
    },
  },
  {
    branch: "🎉",
    dnsLabel: "xxx--6146299c",
    zoneName: "xxx--6146299c.pairpac.example.org",
    workspaceName: "xxx--6146299c",
    compartmentName: "xxx--6146299c",
    stackName: "xxx--6146299c",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "xxx--6146299c",
      "pairpac:branch": "b64:8J-OiQ",
    },
  },
  {
    branch: "🎉-party",
    dnsLabel: "party--7d1c041c",
    zoneName: "party--7d1c041c.pairpac.example.org",
    workspaceName: "party--7d1c041c",
    compartmentName: "party--7d1c041c",
    stackName: "party--7d1c041c",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "party--7d1c041c",
      "pairpac:branch": "b64:8J-OiS1wYXJ0eQ",
    },
  },
  {
    branch: "con",
    dnsLabel: "con",
    zoneName: "con.pairpac.example.org",
    workspaceName: "con",
    compartmentName: "con",
    stackName: "con--1143da2b",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "con",
      "pairpac:branch": "con",
    },
  },
  {
    branch: "default",
    dnsLabel: "default",
    zoneName: "default.pairpac.example.org",
    workspaceName: "default--37a8eec1",
    compartmentName: "default",
    stackName: "default",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "default",
      "pairpac:branch": "default",
    },
  },
  {
    branch: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    dnsLabel: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    zoneName: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.pairpac.example.org",
    workspaceName: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    compartmentName: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    stackName: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "pairpac:branch": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    },
  },
  {
    branch: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    dnsLabel: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx--7ce10097",
    zoneName: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx--7ce10097.pairpac.example.org",
    workspaceName: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    compartmentName: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    stackName: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx--7ce10097",
      "pairpac:branch": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    },
  },
  {
    branch: "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy",
    dnsLabel: "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy--341aed8d",
    zoneName: "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy--341aed8d.pairpac.example.org",
    workspaceName: "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy--341aed8d",
    compartmentName: "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy",
    stackName: "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy--341aed8d",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy--341aed8d",
      "pairpac:branch": "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy",
    },
  },
  {
    branch: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
    dnsLabel: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz--01be33a0",
    zoneName: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz--01be33a0.pairpac.example.org",
    workspaceName: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz--01be33a0",
    compartmentName: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz--01be33a0",
    stackName: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz--01be33a0",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz--01be33a0",
      "pairpac:branch": "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
    },
  },
  {
    branch: "long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/end",
    dnsLabel: "long-long-long-long-long-long-long-long-long-long-lon--f37c9688",
    zoneName: "long-long-long-long-long-long-long-long-long-long-lon--f37c9688.pairpac.example.org",
    workspaceName: "long-long-long-long-long-long-long-long-long-long-long-long-long-long-long-long--f37c9688",
    compartmentName: "long-long-long-long-long-long-long-long-long-long-long-long-long-long-long-long-long-long--f37c9688",
    stackName: "long-long-long-long-long-long-long-long-long-long-long-long-long-long-long-long--f37c9688",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "long-long-long-long-long-long-long-long-long-long-lon--f37c9688",
      "pairpac:branch": "long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/long/l",
      "pairpac:branch-1": "ong/long/long/long/long/long/long/long/long/end",
    },
  },
  {
    branch: "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüü",
    dnsLabel: "uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu--cb26b0de",
    zoneName: "uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu--cb26b0de.pairpac.example.org",
    workspaceName: "uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu--cb26b0de",
    compartmentName: "uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu--cb26b0de",
    stackName: "uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu--cb26b0de",
    tags: {
      "pairpac:managed-by": "pairpac",
      "pairpac:branch-label": "uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu--cb26b0de",
      "pairpac:branch": "b64:w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zD",
      "pairpac:branch-1": "vMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zDvMO8w7zD",
      "pairpac:branch-2": "vMO8w7zDvMO8w7zDvMO8w7zDvA",
    },
  },
];

describe("BranchIdentity", () => {
  test("the pinned table covers at least 30 tricky names", () => {
    expect(PINNED.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PINNED.map((row) => row.branch)).size).toBe(PINNED.length);
  });

  test.each(PINNED.map((row) => [row.branch.length > 40 ? `${row.branch.slice(0, 40)}… (${row.branch.length} chars)` : row.branch, row] as const))(
    "maps %j exactly as pinned", (_title, row) => {
      expect(BranchIdentity.of({ branch: row.branch, parentDomain: PARENT }).toJSON()).toEqual({ ...row, parentDomain: PARENT });
      expect(BranchIdentity.branchFromTags({ ...row.tags })).toBe(row.branch);
    });

  test("pinned names are pairwise distinct in every namespace", () => {
    for (const key of ["dnsLabel", "zoneName", "workspaceName", "compartmentName", "stackName"] as const) {
      expect(new Set(PINNED.map((row) => row[key])).size).toBe(PINNED.length);
    }
  });

  test("normalises the parent domain (case, trailing dot) and builds the zone from it", () => {
    const id = BranchIdentity.of({ branch: "Feature/Audio", parentDomain: "PairPac.Example.ORG." });
    expect(id.parentDomain).toBe("pairpac.example.org");
    expect(id.zoneName).toBe("feature-audio--52ecc30b.pairpac.example.org");
    expect(id.branch).toBe("Feature/Audio");
  });

  test("accepts the longest parent domain with the longest label, leaving room for _acme-challenge", () => {
    const parent = `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(41)}.org`;
    expect(parent.length).toBe(BranchIdentity.MAX_PARENT_DOMAIN_LENGTH);
    const id = BranchIdentity.of({ branch: "q".repeat(70), parentDomain: parent });
    expect(id.dnsLabel).toBe(`${"q".repeat(53)}--${id.dnsLabel.slice(-8)}`);
    expect(id.zoneName.length).toBe(237);
    expect(`_acme-challenge.${id.zoneName}`.length).toBe(253);
  });

  test("xn-- punycode-looking and reserved-looking labels are never produced", () => {
    for (const branch of ["XN", "xn--abc", "Xn--abc", "ab--cd", "AB", "ü", "日本"]) {
      expect(BranchIdentity.of({ branch, parentDomain: PARENT }).dnsLabel.slice(2, 4)).not.toBe("--");
    }
  });

  test("identities and their tags are immutable", () => {
    const id = BranchIdentity.of({ branch: "main", parentDomain: PARENT });
    expect(Object.isFrozen(id)).toBe(true);
    expect(Object.isFrozen(id.tags)).toBe(true);
    expect(() => {
      (id.tags as Record<string, string>)["pairpac:branch"] = "other";
    }).toThrow(TypeError);
    const json = id.toJSON();
    (json.tags as Record<string, string>)["pairpac:branch"] = "changed";
    expect(id.tags["pairpac:branch"]).toBe("main");
  });

  test("exposes its limits and tag keys", () => {
    expect(BranchIdentity.MAX_BRANCH_BYTES).toBe(512);
    expect(BranchIdentity.MAX_PARENT_DOMAIN_LENGTH).toBe(173);
    expect(BranchIdentity.HASH_LENGTH).toBe(8);
    expect(BranchIdentity.BRANCH_TAG).toBe("pairpac:branch");
    expect(BranchIdentity.BRANCH_LABEL_TAG).toBe("pairpac:branch-label");
    expect(BranchIdentity.MANAGED_BY_TAG).toBe("pairpac:managed-by");
  });

  test("accepts names at the byte limit, counting UTF-8 bytes", () => {
    expect(BranchIdentity.of({ branch: "x".repeat(512), parentDomain: PARENT }).branch.length).toBe(512);
    expect(BranchIdentity.of({ branch: "ü".repeat(256), parentDomain: PARENT }).branch.length).toBe(256);
    expect(BranchIdentity.of({ branch: "🎉".repeat(128), parentDomain: PARENT }).tags["pairpac:branch-2"]).toBeDefined();
  });
});

const LONG = "x".repeat(513);

/** Bad input → the complete message. */
const BAD_BRANCHES: Array<[string, unknown, string]> = [
  ["empty", "", 'branch: must not be empty; got "". Pass the Git branch name, e.g. "main" (in CI, the branch that triggered the build).'],
  ["only separators", "_", 'branch: must contain a letter or digit (it is made only of separators); got "_". PairPac derives readable names from the branch; rename it, e.g. to "main" or "feature/audio".'],
  ["only separators and slashes", "_/+=", 'branch: must contain a letter or digit (it is made only of separators); got "_/+=". PairPac derives readable names from the branch; rename it, e.g. to "main" or "feature/audio".'],
  ["only punctuation", "#", 'branch: must contain a letter or digit (it is made only of separators); got "#". PairPac derives readable names from the branch; rename it, e.g. to "main" or "feature/audio".'],
  ["@", "@", 'branch: must not be "@"; got "@". Git reads "@" as HEAD; pass the name of the branch itself, e.g. "main".'],
  ["HEAD", "HEAD", 'branch: must not be "HEAD"; got "HEAD". Pass the name of the checked-out branch (git branch --show-current), e.g. "main".'],
  ["..", "a..b", 'branch: must not contain ".."; got "a..b". Git does not allow it in branch names; rename the branch, e.g. to "a.b".'],
  ["space", "my feature", 'branch: must not contain spaces; got "my feature". Git does not allow them in branch names; use "-" instead, e.g. "my-feature".'],
  ["tab", "a\tb", 'branch: must not contain control characters (found U+0009); got "a\\tb". Git does not allow them in branch names; rename the branch, e.g. to "a-b".'],
  ["DEL", "a\u007fb", 'branch: must not contain control characters (found U+007F); got "a\u007fb". Git does not allow them in branch names; rename the branch, e.g. to "a-b".'],
  ["NUL", "a\u0000b", 'branch: must not contain control characters (found U+0000); got "a\\u0000b". Git does not allow them in branch names; rename the branch, e.g. to "a-b".'],
  ["~", "a~1", 'branch: must not contain "~"; got "a~1". Git does not allow it in branch names; rename the branch, e.g. to "a-1".'],
  ["^", "a^b", 'branch: must not contain "^"; got "a^b". Git does not allow it in branch names; rename the branch, e.g. to "a-b".'],
  [":", "fix:login", 'branch: must not contain ":"; got "fix:login". Git does not allow it in branch names; rename the branch, e.g. to "fix-login".'],
  ["?", "a?b", 'branch: must not contain "?"; got "a?b". Git does not allow it in branch names; rename the branch, e.g. to "a-b".'],
  ["*", "feature/*", 'branch: must not contain "*"; got "feature/*". Git does not allow it in branch names; rename the branch, e.g. to "feature".'],
  ["[", "a[b", 'branch: must not contain "["; got "a[b". Git does not allow it in branch names; rename the branch, e.g. to "a-b".'],
  ["backslash", "a\\b", 'branch: must not contain "\\\\"; got "a\\\\b". Git does not allow it in branch names; rename the branch, e.g. to "a-b".'],
  ["@{", "main@{1}", 'branch: must not contain "@{"; got "main@{1}". Git reads it as a reflog expression; rename the branch, e.g. to "main-1}".'],
  ["leading -", "-feature", 'branch: must not start with "-"; got "-feature". Git would read it as an option; rename the branch, e.g. to "feature".'],
  ["leading /", "/feature", 'branch: must not start or end with "/" or contain "//"; got "/feature". Git does not allow empty name parts; use "feature".'],
  ["trailing /", "feature/", 'branch: must not start or end with "/" or contain "//"; got "feature/". Git does not allow empty name parts; use "feature".'],
  ["//", "a//b", 'branch: must not start or end with "/" or contain "//"; got "a//b". Git does not allow empty name parts; use "a/b".'],
  ["part starting with .", "feature/.hidden", 'branch: must not have a part starting with "." (".hidden"); got "feature/.hidden". Git does not allow it in branch names; rename the branch, e.g. to "feature/hidden".'],
  ["leading .", ".hidden", 'branch: must not have a part starting with "." (".hidden"); got ".hidden". Git does not allow it in branch names; rename the branch, e.g. to "hidden".'],
  [".lock", "a.lock", 'branch: must not have a part ending with ".lock" ("a.lock"); got "a.lock". Git reserves it for lock files; rename the branch, e.g. to "a".'],
  [".lock inside", "feature/x.lock/y", 'branch: must not have a part ending with ".lock" ("x.lock"); got "feature/x.lock/y". Git reserves it for lock files; rename the branch, e.g. to "feature/x/y".'],
  ["trailing .", "feature.", 'branch: must not end with "."; got "feature.". Git does not allow it in branch names; rename the branch, e.g. to "feature".'],
  ["too long", LONG, `branch: is 513 bytes long in UTF-8; PairPac supports at most 512; got "${"x".repeat(299)}… (215 more characters). Use a shorter branch name (the branch must fit in the resources' tags).`],
  ["too long in UTF-8", "ü".repeat(257), `branch: is 514 bytes long in UTF-8; PairPac supports at most 512; got "${"ü".repeat(257)}". Use a shorter branch name (the branch must fit in the resources' tags).`],
  ["unpaired surrogate", "a\ud800b", 'branch: must be well-formed Unicode (it contains an unpaired UTF-16 surrogate); got "a\\ud800b". Pass the branch name exactly as Git prints it (git branch --show-current).'],
  ["a number", 42, 'branch: must be a string; got 42. Pass the Git branch name as a string, e.g. "main".'],
  ["undefined", undefined, 'branch: must be a string; got undefined. Pass the Git branch name as a string, e.g. "main".'],
];

const BAD_DOMAINS: Array<[string, unknown, string]> = [
  ["empty", "", 'parentDomain: must not be empty; got "". Pass the domain under which each branch gets its zone, e.g. "pairpac.example.org".'],
  ["only the root", ".", 'parentDomain: must not be empty; got ".". Pass the domain under which each branch gets its zone, e.g. "pairpac.example.org".'],
  ["one label", "example", 'parentDomain: must have at least two labels; got "example". Use a domain you control with at least two labels, e.g. "pairpac.example.org".'],
  ["empty label", "pairpac..example.org", 'parentDomain: must not contain an empty label (a leading dot or ".."); got "pairpac..example.org". Use e.g. "pairpac.example.org".'],
  ["leading dot", ".example.org", 'parentDomain: must not contain an empty label (a leading dot or ".."); got ".example.org". Use e.g. "example.org".'],
  ["two trailing dots", "example.org..", 'parentDomain: must not contain an empty label (a leading dot or ".."); got "example.org..". Use e.g. "example.org".'],
  ["space", "exa mple.org", 'parentDomain: must contain only letters, digits, "-" and "." (label "exa mple"); got "exa mple.org". Use a host name such as "pairpac.example.org" (no spaces, underscores, slashes or a URL scheme).'],
  ["URL", "https://example.org", 'parentDomain: must contain only letters, digits, "-" and "." (label "https://example"); got "https://example.org". Use a host name such as "pairpac.example.org" (no spaces, underscores, slashes or a URL scheme).'],
  ["underscore", "under_score.example.org", 'parentDomain: must contain only letters, digits, "-" and "." (label "under_score"); got "under_score.example.org". Use a host name such as "pairpac.example.org" (no spaces, underscores, slashes or a URL scheme).'],
  ["leading hyphen", "-bad.example.org", 'parentDomain: must not contain a label starting or ending with "-" ("-bad"); got "-bad.example.org". Use a valid host name such as "pairpac.example.org".'],
  ["trailing hyphen", "bad-.example.org", 'parentDomain: must not contain a label starting or ending with "-" ("bad-"); got "bad-.example.org". Use a valid host name such as "pairpac.example.org".'],
  ["IP address", "1.2.3.4", 'parentDomain: must not end with an all-numeric label (it would read as an IP address); got "1.2.3.4". Use a domain name such as "pairpac.example.org", not an address.'],
  ["label over 63", `${"x".repeat(64)}.org`, `parentDomain: must not contain a label longer than 63 characters ("${"x".repeat(64)}" has 64); got "${"x".repeat(64)}.org". Use a domain whose labels are at most 63 characters long.`],
  ["no room for the branch label", `${"a".repeat(60)}.${"b".repeat(60)}.${"c".repeat(48)}.org`, `parentDomain: is 174 characters long; at most 173 leave room in 253 for the branch label (63), its dot and "_acme-challenge."; got "${"a".repeat(60)}.${"b".repeat(60)}.${"c".repeat(48)}.org". Use a shorter parent domain.`],
  ["unicode", "bücher.example", 'parentDomain: must be ASCII; got "bücher.example". Write internationalised domains in their ASCII (xn--) form: "xn--bcher-kva.example".'],
  ["a number", 7, 'parentDomain: must be a string; got 7. Pass the domain under which each branch gets its zone, e.g. "pairpac.example.org".'],
];

describe("BranchIdentity rejects bad input", () => {
  test.each(BAD_BRANCHES)("fails for a branch name with %s", (_title, branch, message) => {
    const act = (): BranchIdentity => BranchIdentity.of({ branch: branch as string, parentDomain: PARENT });
    expect(act).toThrow(PairPacError);
    expect(act).toThrow(message);
    try {
      act();
    } catch (e) {
      expect((e as PairPacError).message).toBe(message);
      expect((e as PairPacError).field).toBe("branch");
      expect((e as PairPacError).value).toBe(branch);
    }
  });

  test.each(BAD_DOMAINS)("fails for a parent domain with %s", (_title, parentDomain, message) => {
    let error: unknown;
    try {
      BranchIdentity.of({ branch: "main", parentDomain: parentDomain as string });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PairPacError);
    expect((error as PairPacError).message).toBe(message);
    expect((error as PairPacError).field).toBe("parentDomain");
  });

  test("fails without props", () => {
    expect(() => BranchIdentity.of(null as unknown as { branch: string; parentDomain: string })).toThrow(
      'props: must be an object with branch and parentDomain; got null. Call BranchIdentity.of({ branch: "main", parentDomain: "pairpac.example.org" }).');
  });
});
