<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/cliconnection.cpp" line="+12"/>
        <source>Use this kubeconfig file only (as kubectl --kubeconfig).</source>
        <translation>이 kubeconfig 파일만 사용합니다(kubectl --kubeconfig와 같음).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/simulatecommand.cpp" line="+87"/>
        <source>FILE</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this kubeconfig context instead of the current one.</source>
        <translation>현재 컨텍스트 대신 이 kubeconfig 컨텍스트를 사용합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/contextscommand.cpp" line="+40"/>
        <location filename="../src/cli/simulatecommand.cpp" line="-5"/>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>kvdoctor-cli: %1</source>
        <translation>kvdoctor-cli: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>warning from the API server: %1</source>
        <translation>API 서버의 경고: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/contextscommand.cpp" line="-7"/>
        <source>KUBECONFIG is set to &quot;%1&quot;; none of its files exist.</source>
        <translation>KUBECONFIG가 &quot;%1&quot;(으)로 설정되어 있지만 그 파일이 하나도 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KUBECONFIG is not set, so only %1 was looked for. Use --kubeconfig FILE or set KUBECONFIG.</source>
        <translation>KUBECONFIG가 설정되어 있지 않아 %1만 찾았습니다. --kubeconfig 파일을 사용하거나 KUBECONFIG를 설정하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CURRENT</source>
        <translation>현재</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLUSTER</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USER</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAMESPACE</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SERVER</source>
        <translation>서버</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AUTH</source>
        <translation>인증</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Lists the contexts of the kubeconfig, found and merged as kubectl does: the --kubeconfig file alone, else the files in KUBECONFIG, else ~/.kube/config.

Exit codes: 0 success, 1 the kubeconfig cannot be read, 2 usage error, 3 listed, but some contexts are unusable (see stderr).</source>
        <translation>kubectl과 같은 방식으로 찾아 병합한 kubeconfig의 컨텍스트를 나열합니다: --kubeconfig 파일만, 없으면 KUBECONFIG의 파일들, 없으면 ~/.kube/config.

종료 코드: 0 성공, 1 kubeconfig를 읽을 수 없음, 2 사용법 오류, 3 나열했지만 일부 컨텍스트를 사용할 수 없음(stderr 참조).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read only this kubeconfig file.</source>
        <translation>이 kubeconfig 파일만 읽습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print {&quot;currentContext&quot;, &quot;contexts&quot;: [{name, cluster, user, namespace, server, auth}]} as JSON.</source>
        <translation>{&quot;currentContext&quot;, &quot;contexts&quot;: [{name, cluster, user, namespace, server, auth}]}를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>kvdoctor-cli contexts: unexpected argument &quot;%1&quot;</source>
        <translation>kvdoctor-cli contexts: 예기치 않은 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kvdoctor-cli contexts: --kubeconfig needs a file name</source>
        <translation>kvdoctor-cli contexts: --kubeconfig에는 파일 이름이 필요합니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+17"/>
        <source>kvdoctor-cli contexts: error: %1</source>
        <translation>kvdoctor-cli contexts: 오류: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>No contexts in %1.</source>
        <translation>%1에 컨텍스트가 없습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kvdoctor-cli contexts: warning: %1</source>
        <translation>kvdoctor-cli contexts: 경고: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/inventorycommand.cpp" line="+20"/>
        <source>MISSING</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NODE  READY  OS  POOL  DRIVER  PROVIDER  APP PODS (failing)</source>
        <translation>노드  준비  OS  풀  드라이버  공급자  앱 파드(실패)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Driver versions: %1; provider versions: %2; CSIDriver: %3; SecretProviderClasses: %4</source>
        <translation>드라이버 버전: %1, 공급자 버전: %2, CSIDriver: %3, SecretProviderClass: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>present</source>
        <translation>있음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>absent</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problems found.</source>
        <translation>문제가 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems:</source>
        <translation>문제:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partial data: %1</source>
        <translation>일부 데이터만 읽음: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reads the nodes, the Secrets Store CSI driver and Azure provider pods, the application pods that mount Key Vault secrets, their events, SecretProviderClasses and the CSIDriver, and prints them grouped by node with the problems found. Read-only.</source>
        <translation>노드, Secrets Store CSI 드라이버와 Azure 공급자 파드, Key Vault 비밀을 탑재하는 애플리케이션 파드, 그 이벤트, SecretProviderClass와 CSIDriver를 읽고, 발견한 문제와 함께 노드별로 출력합니다. 읽기 전용입니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only application pods of this namespace.</source>
        <translation>이 네임스페이스의 애플리케이션 파드만 표시합니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>kvdoctor-cli: the inventory could not be read: %1</source>
        <translation>kvdoctor-cli: 인벤토리를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kvdoctor-cli: could not write the output</source>
        <translation>kvdoctor-cli: 출력을 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../src/cli/logscommand.cpp" line="+25"/>
        <source>Saves the Azure Key Vault provider log and the Secrets Store CSI driver logs (secrets-store, node-driver-registrar, liveness-probe) of a node, one file per container named NAMESPACE_POD_CONTAINER.log, for tickets and offline reading. Read-only.</source>
        <translation>노드의 Azure Key Vault 공급자 로그와 Secrets Store CSI 드라이버 로그(secrets-store, node-driver-registrar, liveness-probe)를 컨테이너마다 NAMESPACE_POD_CONTAINER.log라는 파일 하나로 저장합니다. 지원 티켓과 오프라인 분석용입니다. 읽기 전용입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node whose logs to save.</source>
        <translation>로그를 저장할 노드입니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NODE</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also save this application pod&apos;s logs.</source>
        <translation>이 애플리케이션 파드의 로그도 저장합니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAMESPACE/NAME</source>
        <translation>네임스페이스/이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only lines newer than this (15m, 1h, 6h, 24h, all). Default 1h.</source>
        <translation>이 시간 이후의 줄만 저장합니다(15m, 1h, 6h, 24h, all). 기본값은 1h입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DURATION</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous (crashed) container&apos;s logs.</source>
        <translation>이전(크래시된) 컨테이너의 로그입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep writing new lines until interrupted.</source>
        <translation>중단될 때까지 새 줄을 계속 씁니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefix each line with the API server&apos;s time stamp.</source>
        <translation>각 줄 앞에 API 서버의 타임스탬프를 붙입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory to write to (created if needed). Default: the current directory.</source>
        <translation>저장할 디렉터리입니다(필요하면 만듭니다). 기본값은 현재 디렉터리입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>디렉터리</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kvdoctor-cli logs: --node is required.</source>
        <translation>kvdoctor-cli logs: --node가 필요합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kvdoctor-cli logs: --since &quot;%1&quot; is not a duration such as 15m, 1h or 24h.</source>
        <translation>kvdoctor-cli logs: --since &quot;%1&quot;은(는) 15m, 1h, 24h 같은 기간이 아닙니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kvdoctor-cli logs: --pod must be NAMESPACE/NAME.</source>
        <translation>kvdoctor-cli logs: --pod는 네임스페이스/이름 형식이어야 합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kvdoctor-cli logs: cannot create the directory %1.</source>
        <translation>kvdoctor-cli logs: 디렉터리 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>kvdoctor-cli logs: the cluster could not be read: %1</source>
        <translation>kvdoctor-cli logs: 클러스터를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kvdoctor-cli logs: no node named &quot;%1&quot;.</source>
        <translation>kvdoctor-cli logs: 이름이 &quot;%1&quot;인 노드가 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kvdoctor-cli logs: node %1 runs no Secrets Store CSI driver or provider pod.</source>
        <translation>kvdoctor-cli logs: 노드 %1에서 실행 중인 Secrets Store CSI 드라이버 또는 공급자 파드가 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kvdoctor-cli logs: cannot write %1: %2</source>
        <translation>kvdoctor-cli logs: %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1(%2바이트)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kvdoctor-cli logs: %1/%2 container %3: %4</source>
        <translation>kvdoctor-cli logs: %1/%2 컨테이너 %3: %4</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="+24"/>
        <source>List the kubeconfig contexts (--json for a machine-readable list).</source>
        <translation>kubeconfig 컨텍스트를 나열합니다(기계가 읽을 수 있는 목록은 --json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the driver, provider and application pods of every node, and what is wrong.</source>
        <translation>모든 노드의 드라이버, 공급자, 애플리케이션 파드와 무엇이 잘못되었는지 표시합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a node&apos;s provider and driver container logs to files (--since, --previous, --follow).</source>
        <translation>노드의 공급자 및 드라이버 컨테이너 로그를 파일로 저장합니다(--since, --previous, --follow).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run a simulated AKS cluster and write a kubeconfig for it (--list-scenarios).</source>
        <translation>시뮬레이션된 AKS 클러스터를 실행하고 그 kubeconfig를 씁니다(--list-scenarios).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: kvdoctor-cli COMMAND [OPTIONS]
       kvdoctor-cli help [COMMAND]
       kvdoctor-cli --version

Commands:
</source>
        <translation>사용법: kvdoctor-cli 명령 [옵션]
       kvdoctor-cli help [명령]
       kvdoctor-cli --version

명령:
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
Run `kvdoctor-cli COMMAND --help` for the options of a command.
</source>
        <translation>
명령의 옵션을 보려면 `kvdoctor-cli 명령 --help`를 실행하세요.
</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+10"/>
        <source>kvdoctor-cli: unknown command &quot;%1&quot;</source>
        <translation>kvdoctor-cli: 알 수 없는 명령 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/cli/simulatecommand.cpp" line="-3"/>
        <source>Run a simulated AKS cluster (a Kubernetes API server on 127.0.0.1 with demo-only TLS credentials) until interrupted.</source>
        <translation>중단될 때까지 시뮬레이션된 AKS 클러스터(127.0.0.1에서 데모 전용 TLS 자격 증명을 쓰는 Kubernetes API 서버)를 실행합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario to simulate (see --list-scenarios).</source>
        <translation>시뮬레이션할 시나리오입니다(--list-scenarios 참조).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of nodes (up to 5000).</source>
        <translation>노드 수(최대 5000).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of pods (up to 150000).</source>
        <translation>파드 수(최대 150000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port on 127.0.0.1 (default: any free port).</source>
        <translation>127.0.0.1의 포트(기본값: 사용 가능한 아무 포트).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PORT</source>
        <translation>포트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a kubeconfig for the simulator to FILE.</source>
        <translation>시뮬레이터용 kubeconfig를 파일에 씁니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the scenarios and exit.</source>
        <translation>시나리오를 나열하고 종료합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>kvdoctor-cli simulate: unexpected argument &quot;%1&quot;</source>
        <translation>kvdoctor-cli simulate: 예기치 않은 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kvdoctor-cli simulate: --%1 must be a number from 0 to %2, not &quot;%3&quot;</source>
        <translation>kvdoctor-cli simulate: --%1은(는) 0에서 %2 사이의 숫자여야 합니다(&quot;%3&quot;이(가) 아님)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>kvdoctor-cli simulate: unknown scenario &quot;%1&quot;; known scenarios: %2</source>
        <translation>kvdoctor-cli simulate: 알 수 없는 시나리오 &quot;%1&quot;, 알려진 시나리오: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>kvdoctor-cli simulate: %1</source>
        <translation>kvdoctor-cli simulate: %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../ui/connectdialog.ui" line="+15"/>
        <source>Connect to a Cluster</source>
        <translation>클러스터에 연결</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kubeconfig errors</source>
        <translation>kubeconfig 오류</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Error message</source>
        <translation>오류 메시지</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the kubeconfig context to use. The current context of the kubeconfig is marked with a star.</source>
        <translation>사용할 kubeconfig 컨텍스트를 선택하세요. kubeconfig의 현재 컨텍스트는 별표로 표시됩니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contexts</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contexts of the kubeconfig. Contexts with an error cannot be chosen.</source>
        <translation>kubeconfig의 컨텍스트입니다. 오류가 있는 컨텍스트는 선택할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Selected context</source>
        <translation>선택한 컨텍스트</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kubeconfig</source>
        <translation>kubeconfig</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Files read</source>
        <translation>읽은 파일</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open File…</source>
        <translation>파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use another kubeconfig file instead of the default search</source>
        <translation>기본 검색 대신 다른 kubeconfig 파일을 사용합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open kubeconfig file</source>
        <translation>kubeconfig 파일 열기</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use &amp;Default</source>
        <translation>기본값 사용(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to the files kubectl would read (KUBECONFIG or ~/.kube/config)</source>
        <translation>kubectl이 읽는 파일(KUBECONFIG 또는 ~/.kube/config)로 돌아갑니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use default kubeconfig</source>
        <translation>기본 kubeconfig 사용</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reload</source>
        <translation>다시 읽기(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the kubeconfig file(s) again</source>
        <translation>kubeconfig 파일을 다시 읽습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload kubeconfig</source>
        <translation>kubeconfig 다시 읽기</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dialog buttons</source>
        <translation>대화 상자 단추</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../src/core/inventory.cpp" line="+110"/>
        <source>Running and ready</source>
        <translation>실행 중이며 준비됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>보류 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running, not ready</source>
        <translation>실행 중, 준비되지 않음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crash-looping</source>
        <translation>크래시 루프</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminating</source>
        <translation>종료 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, 1 restart</source>
        <translation>%1, 다시 시작 1회</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 restarts</source>
        <translation>%1, 다시 시작 %2회</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Node %1 is not ready.</source>
        <translation>노드 %1이(가) 준비되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secrets Store CSI driver</source>
        <translation>Secrets Store CSI 드라이버</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Key Vault provider</source>
        <translation>Azure Key Vault 공급자</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No %1 pod runs on node %2, where application pods mount Key Vault secrets (%3).</source>
        <translation>애플리케이션 파드가 Key Vault 비밀을 탑재하는 노드 %2에서 실행 중인 %1 파드가 없습니다(%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No %1 pod runs on node %2; pods scheduled there could not mount secrets.</source>
        <translation>노드 %2에서 실행 중인 %1 파드가 없습니다. 이 노드에 예약되는 파드는 비밀을 탑재할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 pod %2 on node %3 is %4 (%5).</source>
        <translation>노드 %3의 %1 파드 %2 상태: %4(%5).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Pod %1/%2 uses SecretProviderClass &quot;%3&quot;, which does not exist in namespace %1.</source>
        <translation>파드 %1/%2이(가) SecretProviderClass &quot;%3&quot;을(를) 사용하지만, 이 SecretProviderClass가 네임스페이스 %1에 없습니다.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Pod %1/%2 cannot mount its Key Vault secrets (%3).</source>
        <translation>파드 %1/%2이(가) Key Vault 비밀을 탑재할 수 없습니다(%3).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The CSIDriver object secrets-store.csi.k8s.io does not exist: kubelet cannot call the driver.</source>
        <translation>CSIDriver 개체 secrets-store.csi.k8s.io가 없습니다. kubelet이 드라이버를 호출할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DaemonSet %1/%2 has %3 of %4 pods ready.</source>
        <translation>DaemonSet %1/%2의 파드 %4개 중 %3개가 준비되었습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SecretProviderClass %1/%2: %3</source>
        <translation>SecretProviderClass %1/%2: %3</translation>
    </message>
    <message>
        <location filename="../src/core/kubeconfig.cpp" line="+35"/>
        <location filename="../src/kube/tlsconfig.cpp" line="+40"/>
        <source>cluster &quot;%1&quot;</source>
        <translation>클러스터 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/kube/tlsconfig.cpp" line="+1"/>
        <source>user &quot;%1&quot;</source>
        <translation>사용자 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context &quot;%1&quot;</source>
        <translation>컨텍스트 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1, column %2</source>
        <translation>%1줄 %2열</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2) must be a single value</source>
        <translation>%1(%2)은(는) 단일 값이어야 합니다</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2) must be true or false</source>
        <translation>%1(%2)은(는) true 또는 false여야 합니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>%1 (%2) must be a list of strings</source>
        <translation>%1(%2)은(는) 문자열 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2) must be a base64 string</source>
        <translation>%1(%2)은(는) base64 문자열이어야 합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2) holds PEM text; it must hold the base64 encoding of the PEM text (or use the key without -data and a file name)</source>
        <translation>%1(%2)에 PEM 텍스트가 들어 있습니다. PEM 텍스트를 base64로 인코딩한 값이어야 합니다(또는 -data가 없는 키와 파일 이름을 사용하세요)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) is not valid base64</source>
        <translation>%1(%2)은(는) 올바른 base64가 아닙니다</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>the file does not exist</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is a directory</source>
        <translation>디렉터리입니다</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;cluster&quot; (%1) must be a mapping</source>
        <translation>&quot;cluster&quot;(%1)는 매핑이어야 합니다</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the %1 extension is too large and was cut short</source>
        <translation>%1 확장이 너무 커서 잘렸습니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>exec (%1) must be a mapping</source>
        <translation>exec(%1)는 매핑이어야 합니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+4"/>
        <source>exec env (%1) must be a list of {name, value}</source>
        <translation>exec env(%1)는 {name, value} 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;user&quot; (%1) must be a mapping</source>
        <translation>&quot;user&quot;(%1)는 매핑이어야 합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;token-file&quot; is not a kubeconfig key and is ignored; kubectl reads &quot;tokenFile&quot;</source>
        <translation>&quot;token-file&quot;은 kubeconfig 키가 아니므로 무시됩니다. kubectl은 &quot;tokenFile&quot;을 읽습니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>as-user-extra (%1) must be a mapping of lists</source>
        <translation>as-user-extra(%1)는 목록의 매핑이어야 합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>auth-provider (%1) must be a mapping</source>
        <translation>auth-provider(%1)는 매핑이어야 합니다</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;context&quot; (%1) must be a mapping</source>
        <translation>&quot;context&quot;(%1)는 매핑이어야 합니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no server is set</source>
        <translation>서버가 설정되지 않았습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>server &quot;%1&quot; is not an https:// or http:// URL</source>
        <translation>서버 &quot;%1&quot;은(는) https:// 또는 http:// URL이 아닙니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>insecure-skip-tls-verify is set together with a certificate authority; kubectl refuses this combination: remove one of them</source>
        <translation>insecure-skip-tls-verify가 인증 기관과 함께 설정되어 있습니다. kubectl은 이 조합을 거부하므로 둘 중 하나를 제거하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>both certificate-authority and certificate-authority-data are set; certificate-authority-data is used</source>
        <translation>certificate-authority와 certificate-authority-data가 모두 설정되어 있습니다. certificate-authority-data가 사용됩니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read certificate-authority %1: %2</source>
        <translation>certificate-authority %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>proxy-url must be an http://, https:// or socks5:// URL</source>
        <translation>proxy-url은 http://, https:// 또는 socks5:// URL이어야 합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>client-certificate is set but client-key-data or client-key is missing</source>
        <translation>client-certificate가 설정되었지만 client-key-data 또는 client-key가 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client-key is set but client-certificate-data or client-certificate is missing</source>
        <translation>client-key가 설정되었지만 client-certificate-data 또는 client-certificate가 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both client-certificate and client-certificate-data are set; client-certificate-data is used</source>
        <translation>client-certificate와 client-certificate-data가 모두 설정되어 있습니다. client-certificate-data가 사용됩니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>both client-key and client-key-data are set; client-key-data is used</source>
        <translation>client-key와 client-key-data가 모두 설정되어 있습니다. client-key-data가 사용됩니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read client-certificate %1: %2</source>
        <translation>client-certificate %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read client-key %1: %2</source>
        <translation>client-key %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read tokenFile %1: %2</source>
        <translation>tokenFile %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than one authentication method: token and username/password; only one is allowed</source>
        <translation>인증 방법이 둘 이상입니다(토큰과 사용자 이름/암호). 하나만 사용할 수 있습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as-uid, as-groups or as-user-extra is set without &quot;as&quot; (the user to impersonate)</source>
        <translation>as-uid, as-groups 또는 as-user-extra가 &quot;as&quot;(가장할 사용자) 없이 설정되어 있습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>exec and auth-provider are both set; only one is allowed</source>
        <translation>exec와 auth-provider가 모두 설정되어 있습니다. 하나만 사용할 수 있습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exec has no command</source>
        <translation>exec에 command가 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exec has no apiVersion (use %1)</source>
        <translation>exec에 apiVersion이 없습니다(%1 사용)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exec apiVersion &quot;%1&quot; is not supported; use %2 or %3</source>
        <translation>exec apiVersion &quot;%1&quot;은(는) 지원되지 않습니다. %2 또는 %3을(를) 사용하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exec env has an entry without a name</source>
        <translation>exec env에 name이 없는 항목이 있습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exec interactiveMode must be set for %1 (Never, IfAvailable or Always)</source>
        <translation>%1에는 exec interactiveMode를 설정해야 합니다(Never, IfAvailable 또는 Always)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exec interactiveMode &quot;%1&quot; is invalid; use Never, IfAvailable or Always</source>
        <translation>exec interactiveMode &quot;%1&quot;이(가) 잘못되었습니다. Never, IfAvailable 또는 Always를 사용하세요</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the azure auth-provider was removed in kubectl 1.26; convert this kubeconfig with `kubelogin convert-kubeconfig -l azurecli` (after `az login`)</source>
        <translation>azure auth-provider는 kubectl 1.26에서 제거되었습니다. `kubelogin convert-kubeconfig -l azurecli`로(`az login` 후) 이 kubeconfig를 변환하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the gcp auth-provider was removed in kubectl 1.26; install gke-gcloud-auth-plugin and run `gcloud container clusters get-credentials` again</source>
        <translation>gcp auth-provider는 kubectl 1.26에서 제거되었습니다. gke-gcloud-auth-plugin을 설치하고 `gcloud container clusters get-credentials`를 다시 실행하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the oidc auth-provider is deprecated; its cached id-token is used as it is and cannot be refreshed here: refresh it with kubectl or switch to an exec plugin such as kubelogin</source>
        <translation>oidc auth-provider는 더 이상 사용되지 않습니다. 캐시된 id-token을 그대로 사용하며 여기서는 갱신할 수 없습니다. kubectl로 갱신하거나 kubelogin 같은 exec 플러그인으로 전환하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auth-provider has no name</source>
        <translation>auth-provider에 name이 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auth-provider &quot;%1&quot; is not supported; use an exec credential plugin</source>
        <translation>auth-provider &quot;%1&quot;은(는) 지원되지 않습니다. exec 자격 증명 플러그인을 사용하세요</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Bearer token</source>
        <translation>전달자 토큰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token file</source>
        <translation>토큰 파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>클라이언트 인증서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username and password</source>
        <translation>사용자 이름 및 암호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential plugin (exec)</source>
        <translation>자격 증명 플러그인(exec)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth provider (deprecated)</source>
        <translation>인증 공급자(사용되지 않음)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the kubeconfig file does not exist</source>
        <translation>kubeconfig 파일이 없습니다</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no kubeconfig file was given</source>
        <translation>kubeconfig 파일이 지정되지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no kubeconfig file found; looked for: %1</source>
        <translation>kubeconfig 파일을 찾을 수 없습니다. 찾아본 위치: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>this is a directory, not a kubeconfig file</source>
        <translation>kubeconfig 파일이 아니라 디렉터리입니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is too large to be a kubeconfig (%1 bytes)</source>
        <translation>kubeconfig라고 하기에는 파일이 너무 큽니다(%1바이트)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not valid YAML or JSON: %1</source>
        <translation>올바른 YAML 또는 JSON이 아닙니다: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid YAML or JSON at %1: %2</source>
        <translation>%1에서 올바른 YAML 또는 JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a kubeconfig: the document (%1) is not a mapping with clusters, users and contexts</source>
        <translation>kubeconfig가 아닙니다. 문서(%1)가 clusters, users, contexts가 있는 매핑이 아닙니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>kind is &quot;%1&quot;, expected &quot;Config&quot;</source>
        <translation>kind가 &quot;%1&quot;입니다. &quot;Config&quot;여야 합니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2) must be a list</source>
        <translation>%1(%2)은(는) 목록이어야 합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an entry of %1 (%2) is not a mapping</source>
        <translation>%1(%2)의 항목이 매핑이 아닙니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an entry of %1 (%2) has no name and is ignored</source>
        <translation>%1(%2)의 항목에 name이 없어 무시됩니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>defined more than once in this file (again at %1); kubectl refuses such a file</source>
        <translation>이 파일에 두 번 이상 정의되어 있습니다(%1에서 다시 정의됨). kubectl은 이런 파일을 거부합니다</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot interpret the file: %1</source>
        <translation>파일을 해석할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no cluster is set</source>
        <translation>클러스터가 설정되지 않았습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster &quot;%1&quot; is not defined in any kubeconfig file</source>
        <translation>클러스터 &quot;%1&quot;이(가) 어떤 kubeconfig 파일에도 정의되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no user is set</source>
        <translation>사용자가 설정되지 않았습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user &quot;%1&quot; is not defined in any kubeconfig file</source>
        <translation>사용자 &quot;%1&quot;이(가) 어떤 kubeconfig 파일에도 정의되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>namespace &quot;%1&quot; is not a valid namespace name (lower-case letters, digits and &apos;-&apos;, at most 63 characters)</source>
        <translation>네임스페이스 &quot;%1&quot;은(는) 올바른 네임스페이스 이름이 아닙니다(영문 소문자, 숫자, &apos;-&apos;, 최대 63자)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>context was not found for specified context: %1</source>
        <translation>지정한 컨텍스트를 찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>no such context in the kubeconfig</source>
        <translation>kubeconfig에 해당 컨텍스트가 없습니다</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no context given and the kubeconfig sets no current-context</source>
        <translation>컨텍스트가 지정되지 않았고 kubeconfig에 current-context도 없습니다</translation>
    </message>
    <message>
        <location filename="../src/core/logindex.cpp" line="+194"/>
        <location line="+13"/>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/core/logline.cpp" line="+448"/>
        <source>Debug</source>
        <translation>디버그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fatal</source>
        <translation>치명적</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/core/secretsstore.cpp" line="+101"/>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../src/core/secretsstore.cpp" line="-49"/>
        <source>parameters.objects has no &quot;array:&quot; list</source>
        <translation>parameters.objects에 &quot;array:&quot; 목록이 없습니다</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>parameters.objects is not valid YAML: %1</source>
        <translation>parameters.objects가 올바른 YAML이 아닙니다: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Service principal (nodePublishSecretRef)</source>
        <translation>서비스 주체(nodePublishSecretRef)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AAD pod identity (NMI, deprecated)</source>
        <translation>AAD Pod ID(NMI, 사용되지 않음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User-assigned managed identity</source>
        <translation>사용자 할당 관리 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System-assigned managed identity</source>
        <translation>시스템 할당 관리 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload identity</source>
        <translation>워크로드 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity binding (Azure token proxy)</source>
        <translation>ID 바인딩(Azure 토큰 프록시)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicting identity settings</source>
        <translation>충돌하는 ID 설정</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>spec.provider is &quot;%1&quot;, not &quot;azure&quot;</source>
        <translation>spec.provider가 &quot;azure&quot;가 아니라 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keyvaultName is not set</source>
        <translation>keyvaultName이 설정되지 않았습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keyvaultName &quot;%1&quot; is not a valid Key Vault name (3-24 letters, digits and dashes)</source>
        <translation>keyvaultName &quot;%1&quot;은(는) 올바른 Key Vault 이름이 아닙니다(영문자, 숫자, 대시 3~24자)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tenantID is not set</source>
        <translation>tenantID가 설정되지 않았습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>objects is not set</source>
        <translation>objects가 설정되지 않았습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>objects array is empty</source>
        <translation>objects 배열이 비어 있습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an entry of objects has no objectName</source>
        <translation>objects의 항목에 objectName이 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>object &quot;%1&quot; has objectType &quot;%2&quot; (must be secret, key or cert)</source>
        <translation>개체 &quot;%1&quot;의 objectType이 &quot;%2&quot;입니다(secret, key 또는 cert여야 함)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than one identity mode is switched on (usePodIdentity, useVMManagedIdentity, useAzureTokenProxy)</source>
        <translation>ID 모드가 둘 이상 켜져 있습니다(usePodIdentity, useVMManagedIdentity, useAzureTokenProxy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>useAzureTokenProxy needs clientID</source>
        <translation>useAzureTokenProxy에는 clientID가 필요합니다</translation>
    </message>
    <message>
        <location filename="../src/kube/tlsconfig.cpp" line="-24"/>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2을(를) 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: the certificate authority is not a PEM certificate</source>
        <translation>%1: 인증 기관이 PEM 인증서가 아닙니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 turns TLS verification off (insecure-skip-tls-verify): the server&apos;s identity is not checked.</source>
        <translation>%1은(는) TLS 확인을 끕니다(insecure-skip-tls-verify). 서버의 ID가 확인되지 않습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the client certificate is not a PEM certificate</source>
        <translation>%1: 클라이언트 인증서가 PEM 인증서가 아닙니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the client key is missing or not a PEM private key</source>
        <translation>%1: 클라이언트 키가 없거나 PEM 개인 키가 아닙니다</translation>
    </message>
</context>
<context>
    <name>Kube</name>
    <message>
        <location filename="../src/kube/clustersession.cpp" line="+31"/>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading</source>
        <translation>로드 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection failed</source>
        <translation>연결 실패</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Connecting to %1</source>
        <translation>%1에 연결 중</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading nodes and pods</source>
        <translation>노드와 파드를 읽는 중</translation>
    </message>
    <message>
        <location filename="../src/kube/execcredential.cpp" line="+37"/>
        <source>the plugin printed nothing on standard output</source>
        <translation>플러그인이 표준 출력에 아무것도 출력하지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plugin&apos;s output is not a JSON ExecCredential (%1)</source>
        <translation>플러그인의 출력이 JSON ExecCredential이 아닙니다(%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the plugin returned kind &quot;%1&quot; instead of ExecCredential</source>
        <translation>플러그인이 ExecCredential 대신 kind &quot;%1&quot;을(를) 반환했습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>exec plugin is configured to use API version %1, plugin returned version %2</source>
        <translation>exec 플러그인은 API 버전 %1을(를) 사용하도록 구성되어 있지만, 플러그인이 버전 %2을(를) 반환했습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plugin&apos;s ExecCredential has no status</source>
        <translation>플러그인의 ExecCredential에 status가 없습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the plugin returned clientCertificateData without clientKeyData</source>
        <translation>플러그인이 clientKeyData 없이 clientCertificateData를 반환했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plugin returned clientKeyData without clientCertificateData</source>
        <translation>플러그인이 clientCertificateData 없이 clientKeyData를 반환했습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the plugin returned neither a token nor a client certificate</source>
        <translation>플러그인이 토큰도 클라이언트 인증서도 반환하지 않았습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the plugin&apos;s clientCertificateData is not PEM text</source>
        <translation>플러그인의 clientCertificateData가 PEM 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the plugin&apos;s expirationTimestamp &quot;%1&quot; is not an RFC 3339 time</source>
        <translation>플러그인의 expirationTimestamp &quot;%1&quot;이(가) RFC 3339 시간이 아닙니다</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The credential plugin &quot;%1&quot; was not found.</source>
        <translation>자격 증명 플러그인 &quot;%1&quot;을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kubeconfig names the file %1, which does not exist or is not executable.</source>
        <translation>kubeconfig에 지정된 파일 %1이(가) 없거나 실행할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kvdoctor looked for it in the folders of PATH: %1</source>
        <translation>kvdoctor가 PATH의 폴더에서 찾아보았습니다: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(PATH is empty)</source>
        <translation>(PATH가 비어 있음)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On Windows install it with &quot;winget install --id=Microsoft.Azure.Kubelogin -e&quot; or &quot;choco install azure-kubelogin&quot; (or &quot;az aks install-cli&quot;), then restart kvdoctor so it sees the new PATH. The file must be %1.exe or %1.cmd in a PATH folder.</source>
        <translation>Windows에서는 &quot;winget install --id=Microsoft.Azure.Kubelogin -e&quot; 또는 &quot;choco install azure-kubelogin&quot;(또는 &quot;az aks install-cli&quot;)로 설치한 다음, 새 PATH가 적용되도록 kvdoctor를 다시 시작하세요. PATH 폴더에 %1.exe 또는 %1.cmd 파일이 있어야 합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On macOS install it with &quot;brew install Azure/kubelogin/kubelogin&quot;. Apps started from the Dock do not see your shell&apos;s PATH: if it is installed in /opt/homebrew/bin or /usr/local/bin, start kvdoctor from a terminal or put the full path in the kubeconfig&apos;s exec command.</source>
        <translation>macOS에서는 &quot;brew install Azure/kubelogin/kubelogin&quot;으로 설치하세요. Dock에서 시작한 앱은 셸의 PATH를 보지 못합니다. /opt/homebrew/bin 또는 /usr/local/bin에 설치되어 있다면 터미널에서 kvdoctor를 시작하거나 kubeconfig의 exec command에 전체 경로를 지정하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install it (for kubelogin: &quot;az aks install-cli&quot; or the release from https://github.com/Azure/kubelogin), make sure its folder is in PATH, or put the full path in the kubeconfig&apos;s exec command.</source>
        <translation>설치하고(kubelogin은 &quot;az aks install-cli&quot; 또는 https://github.com/Azure/kubelogin 의 릴리스), 그 폴더가 PATH에 있는지 확인하거나 kubeconfig의 exec command에 전체 경로를 지정하세요.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Signing in with &quot;%1&quot; was cancelled.</source>
        <translation>&quot;%1&quot;(으)로 로그인이 취소되었습니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The credential plugin &quot;%1&quot; is configured with interactiveMode: Always, which needs a terminal; kvdoctor runs plugins without one. Set interactiveMode to IfAvailable or Never, or use a non-interactive login (e.g. &quot;kubelogin convert-kubeconfig -l azurecli&quot;).</source>
        <translation>자격 증명 플러그인 &quot;%1&quot;은(는) interactiveMode: Always로 구성되어 터미널이 필요하지만, kvdoctor는 터미널 없이 플러그인을 실행합니다. interactiveMode를 IfAvailable 또는 Never로 설정하거나 비대화형 로그인(예: &quot;kubelogin convert-kubeconfig -l azurecli&quot;)을 사용하세요.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The credential plugin &quot;%1&quot; could not be started: %2</source>
        <translation>자격 증명 플러그인 &quot;%1&quot;을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The credential plugin &quot;%1&quot; did not finish within %n minute(s); it may be waiting for a sign-in that was not completed.</source>
        <translation>
            <numerusform>자격 증명 플러그인 &quot;%1&quot;이(가) %n분 안에 끝나지 않았습니다. 완료되지 않은 로그인을 기다리고 있을 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The credential plugin &quot;%1&quot; crashed.</source>
        <translation>자격 증명 플러그인 &quot;%1&quot;이(가) 비정상 종료되었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credential plugin &quot;%1&quot; failed with exit code %2.</source>
        <translation>자격 증명 플러그인 &quot;%1&quot;이(가) 종료 코드 %2(으)로 실패했습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential plugin &quot;%1&quot; returned unusable credentials: %2</source>
        <translation>자격 증명 플러그인 &quot;%1&quot;이(가) 사용할 수 없는 자격 증명을 반환했습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/kube/inventorycollector.cpp" line="+180"/>
        <source>Events could not be read: %1</source>
        <translation>이벤트를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The cluster has no %1 resource: the Secrets Store CSI driver&apos;s CRDs are not installed.</source>
        <translation>클러스터에 %1 리소스가 없습니다. Secrets Store CSI 드라이버의 CRD가 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The CSIDriver %1 could not be read: %2</source>
        <translation>CSIDriver %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Live updates stopped (%1); refresh to read the cluster again.</source>
        <translation>실시간 업데이트가 중지되었습니다(%1). 클러스터를 다시 읽으려면 새로 고치세요.</translation>
    </message>
    <message>
        <location filename="../src/kube/kubeclient.cpp" line="+35"/>
        <source>The connection was closed.</source>
        <translation>연결이 닫혔습니다.</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>The connection to the API server was interrupted: %1</source>
        <translation>API 서버와의 연결이 끊어졌습니다: %1</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>cluster &quot;%1&quot; has no server address.</source>
        <translation>클러스터 &quot;%1&quot;에 서버 주소가 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cluster &quot;%1&quot;: the server address &quot;%2&quot; is not an http(s) URL.</source>
        <translation>클러스터 &quot;%1&quot;: 서버 주소 &quot;%2&quot;이(가) http(s) URL이 아닙니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cluster &quot;%1&quot;: specifying a root certificates file with the insecure flag is not allowed; remove one of certificate-authority and insecure-skip-tls-verify.</source>
        <translation>클러스터 &quot;%1&quot;: insecure 플래그와 함께 루트 인증서 파일을 지정할 수 없습니다. certificate-authority와 insecure-skip-tls-verify 중 하나를 제거하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>user &quot;%1&quot; uses the removed auth-provider &quot;%2&quot;; convert the kubeconfig with &quot;kubelogin convert-kubeconfig&quot;.</source>
        <translation>사용자 &quot;%1&quot;이(가) 제거된 auth-provider &quot;%2&quot;을(를) 사용합니다. &quot;kubelogin convert-kubeconfig&quot;로 kubeconfig를 변환하세요.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>user &quot;%1&quot; impersonates several groups (as-groups); kvdoctor can send only the first, &quot;%2&quot;.</source>
        <translation>사용자 &quot;%1&quot;이(가) 여러 그룹을 가장합니다(as-groups). kvdoctor는 첫 번째 그룹 &quot;%2&quot;만 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cluster &quot;%1&quot; uses plain http://; credentials are not sent without TLS.</source>
        <translation>클러스터 &quot;%1&quot;은(는) 일반 http://를 사용합니다. TLS 없이는 자격 증명을 보내지 않습니다.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>user &quot;%1&quot;: the token file %2 cannot be read or is empty.</source>
        <translation>사용자 &quot;%1&quot;: 토큰 파일 %2을(를) 읽을 수 없거나 비어 있습니다.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The API server&apos;s certificate is not trusted: the kubeconfig has no certificate-authority for cluster &quot;%1&quot;, and the system&apos;s trusted roots do not cover it (a TLS-inspecting proxy can also cause this).</source>
        <translation>API 서버의 인증서를 신뢰할 수 없습니다. kubeconfig에 클러스터 &quot;%1&quot;의 certificate-authority가 없고, 시스템의 신뢰할 수 있는 루트로도 확인되지 않습니다(TLS 검사 프록시 때문일 수도 있습니다).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API server&apos;s certificate is not signed by the certificate authority in the kubeconfig for cluster &quot;%1&quot;. The kubeconfig may be outdated (fetch it again), or a TLS-inspecting proxy is in between.</source>
        <translation>API 서버의 인증서가 kubeconfig에 있는 클러스터 &quot;%1&quot;의 인증 기관으로 서명되지 않았습니다. kubeconfig가 오래되었거나(다시 가져오세요) 중간에 TLS 검사 프록시가 있을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API server&apos;s certificate is not valid for the name &quot;%1&quot; (it is valid for: %2). Check the server address, or set tls-server-name in the kubeconfig.</source>
        <translation>API 서버의 인증서가 이름 &quot;%1&quot;에 유효하지 않습니다(유효한 이름: %2). 서버 주소를 확인하거나 kubeconfig에 tls-server-name을 설정하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no names</source>
        <translation>이름 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API server&apos;s certificate has expired or is not valid yet (check the computer&apos;s clock).</source>
        <translation>API 서버의 인증서가 만료되었거나 아직 유효하지 않습니다(컴퓨터의 시계를 확인하세요).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TLS connection to the API server failed: %1</source>
        <translation>API 서버와의 TLS 연결이 실패했습니다: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(TLS: %1)</source>
        <translation>(TLS: %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The API server %1 did not answer in time. Check the network path to the cluster (VPN, private cluster, firewall, proxy).</source>
        <translation>API 서버 %1이(가) 제시간에 응답하지 않았습니다. 클러스터까지의 네트워크 경로(VPN, 프라이빗 클러스터, 방화벽, 프록시)를 확인하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The API server %1 refused the connection: nothing is listening at that address.</source>
        <translation>API 서버 %1이(가) 연결을 거부했습니다. 해당 주소에서 수신 대기 중인 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API server&apos;s host name &quot;%1&quot; cannot be resolved (DNS). A private cluster&apos;s name resolves only inside its network or VPN.</source>
        <translation>API 서버의 호스트 이름 &quot;%1&quot;을(를) 확인(DNS)할 수 없습니다. 프라이빗 클러스터의 이름은 해당 네트워크나 VPN 안에서만 확인됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API server %1 closed the connection unexpectedly. A client certificate may have been refused, or a proxy or firewall cut the connection.</source>
        <translation>API 서버 %1이(가) 예기치 않게 연결을 닫았습니다. 클라이언트 인증서가 거부되었거나 프록시 또는 방화벽이 연결을 끊었을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The proxy %1:%2 failed: %3</source>
        <translation>프록시 %1:%2 실패: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the API server %1: %2</source>
        <translation>API 서버 %1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/kube/kubeexec.cpp" line="+52"/>
        <source>Exec needs a namespace, a pod and a command.</source>
        <translation>Exec에는 네임스페이스, 파드, 명령이 필요합니다.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The exec stream sent a text message; the binary %1 protocol was expected.</source>
        <translation>exec 스트림이 텍스트 메시지를 보냈습니다. 이진 %1 프로토콜이 필요합니다.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API server did not agree to a WebSocket exec protocol kvdoctor speaks (asked for %1, the server chose %2). Clusters before Kubernetes 1.30 serve exec over SPDY only: use &quot;kubectl exec&quot; there, or upgrade the cluster.</source>
        <translation>API 서버가 kvdoctor가 지원하는 WebSocket exec 프로토콜에 동의하지 않았습니다(요청: %1, 서버 선택: %2). Kubernetes 1.30 이전 클러스터는 SPDY로만 exec를 제공합니다. 그런 클러스터에서는 &quot;kubectl exec&quot;를 사용하거나 클러스터를 업그레이드하세요.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The exec connection to pod %1 broke before the command finished (%2).</source>
        <translation>명령이 끝나기 전에 파드 %1에 대한 exec 연결이 끊어졌습니다(%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>close code %1</source>
        <translation>닫기 코드 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The command could not run in pod %1: %2</source>
        <translation>파드 %1에서 명령을 실행할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The API server does not offer the WebSocket exec protocols kvdoctor speaks (%1). Clusters before Kubernetes 1.30 serve exec over SPDY only: use &quot;kubectl exec&quot; there, or upgrade the cluster.</source>
        <translation>API 서버가 kvdoctor가 지원하는 WebSocket exec 프로토콜(%1)을 제공하지 않습니다. Kubernetes 1.30 이전 클러스터는 SPDY로만 exec를 제공합니다. 그런 클러스터에서는 &quot;kubectl exec&quot;를 사용하거나 클러스터를 업그레이드하세요.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open the exec connection to pod %1: %2</source>
        <translation>파드 %1에 대한 exec 연결을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/kube/kubelist.cpp" line="+73"/>
        <source>The list of %1 cannot be read: %2</source>
        <translation>%1 목록을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/kube/kubestatus.cpp" line="+70"/>
        <source>%1 The server said: %2</source>
        <translation>%1 서버 응답: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Permission denied (403 Forbidden): your identity is not allowed to do this. Ask a cluster administrator for the missing RBAC permission.</source>
        <translation>권한이 거부되었습니다(403 Forbidden). 현재 ID로는 이 작업을 할 수 없습니다. 클러스터 관리자에게 누락된 RBAC 권한을 요청하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cluster-wide</source>
        <translation>클러스터 전체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in namespace &quot;%1&quot;</source>
        <translation>네임스페이스 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied (403 Forbidden): &quot;%1&quot; may not %2 %3 %4. Ask a cluster administrator for a role that grants &quot;%2&quot; on &quot;%3&quot;.</source>
        <translation>권한이 거부되었습니다(403 Forbidden). &quot;%1&quot;은(는) %4 %3에 대해 %2 작업을 할 수 없습니다. 클러스터 관리자에게 &quot;%3&quot;에 대한 &quot;%2&quot; 권한을 부여하는 역할을 요청하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cluster uses Azure RBAC: the role assignment is made in Azure (e.g. &quot;Azure Kubernetes Service RBAC Reader&quot;).</source>
        <translation>이 클러스터는 Azure RBAC를 사용합니다. 역할 할당은 Azure에서 합니다(예: &quot;Azure Kubernetes Service RBAC 읽기 권한자&quot;).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server could not find the requested resource (404, %1).</source>
        <translation>서버에서 요청한 리소스를 찾을 수 없습니다(404, %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server reported a conflict (409, %1).</source>
        <translation>서버에서 충돌을 보고했습니다(409, %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server responded with HTTP status %1 but did not return more information (%2). The answer did not come from the Kubernetes API server itself; a proxy, firewall or gateway between you and the cluster may have answered.</source>
        <translation>서버가 HTTP 상태 %1로 응답했지만 자세한 정보를 반환하지 않았습니다(%2). 이 응답은 Kubernetes API 서버 자체가 아니라 사용자와 클러스터 사이의 프록시, 방화벽 또는 게이트웨이가 보냈을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server rejected the request as invalid (400 Bad Request).</source>
        <translation>서버가 요청이 잘못되었다며 거부했습니다(400 Bad Request).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cluster did not accept your credentials (401 Unauthorized): the token or certificate has expired or is not valid for this cluster.</source>
        <translation>클러스터가 자격 증명을 받아들이지 않았습니다(401 Unauthorized). 토큰이나 인증서가 만료되었거나 이 클러스터에 유효하지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credential plugin &quot;%1&quot; was run again and its new token was rejected too. Sign in again (for kubelogin: &quot;kubelogin remove-tokens&quot;, then retry; with the azurecli login mode: &quot;az login&quot;).</source>
        <translation>자격 증명 플러그인 &quot;%1&quot;을(를) 다시 실행했지만 새 토큰도 거부되었습니다. 다시 로그인하세요(kubelogin: &quot;kubelogin remove-tokens&quot; 후 다시 시도, azurecli 로그인 모드: &quot;az login&quot;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fetch new credentials (for AKS: &quot;az aks get-credentials&quot;).</source>
        <translation>새 자격 증명을 가져오세요(AKS: &quot;az aks get-credentials&quot;).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not found (404).</source>
        <translation>찾을 수 없습니다(404).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not allow this operation (405).</source>
        <translation>서버에서 이 작업을 허용하지 않습니다(405).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot handle the requested format (%1).</source>
        <translation>서버가 요청한 형식을 처리할 수 없습니다(%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The object already exists (409 AlreadyExists).</source>
        <translation>개체가 이미 있습니다(409 AlreadyExists).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict (409): the object was changed by someone else; reload it and try again.</source>
        <translation>충돌(409): 다른 사용자가 개체를 변경했습니다. 다시 읽은 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list or watch position expired (410 %1): the server no longer has that version; the data must be read again from the start.</source>
        <translation>목록 또는 watch 위치가 만료되었습니다(410 %1). 서버에 해당 버전이 더 이상 없으므로 데이터를 처음부터 다시 읽어야 합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server rejected the object as invalid (422).</source>
        <translation>서버가 개체가 잘못되었다며 거부했습니다(422).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems: %1.</source>
        <translation>문제: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API server is throttling requests (429 Too Many Requests); try again in a moment.</source>
        <translation>API 서버가 요청을 제한하고 있습니다(429 Too Many Requests). 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API server timed out (504).</source>
        <translation>API 서버 시간이 초과되었습니다(504).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API server reported an error (%1 %2).</source>
        <translation>API 서버에서 오류를 보고했습니다(%1 %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request failed (%1).</source>
        <translation>요청이 실패했습니다(%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>(The server asked to retry after %n second(s).)</source>
        <translation>
            <numerusform>(서버가 %n초 후에 다시 시도하도록 요청했습니다.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/kube/kubewatch.cpp" line="+21"/>
        <source>a watch event is not a JSON object (%1)</source>
        <translation>watch 이벤트가 JSON 개체가 아닙니다(%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a watch event has the unknown type &quot;%1&quot;</source>
        <translation>watch 이벤트의 형식 &quot;%1&quot;을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>a watch event exceeded the size limit</source>
        <translation>watch 이벤트가 크기 제한을 초과했습니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the server ended the watch</source>
        <translation>서버가 watch를 종료했습니다</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The watch of %1 sent data that cannot be read: %2</source>
        <translation>%1의 watch가 읽을 수 없는 데이터를 보냈습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>The watch of %1 failed %n time(s) in a row: %2</source>
        <translation>
            <numerusform>%1의 watch가 %n번 연속 실패했습니다: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Logs can be limited by sinceSeconds or by sinceTime, not both.</source>
        <translation>로그는 sinceSeconds 또는 sinceTime 중 하나로만 제한할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logs need a namespace and a pod name.</source>
        <translation>로그에는 네임스페이스와 파드 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../src/kube/listparser.cpp" line="+661"/>
        <source>the JSON is truncated or malformed (%1)</source>
        <translation>JSON이 잘렸거나 형식이 잘못되었습니다(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a field has an unexpected type (%1)</source>
        <translation>필드의 형식이 예상과 다릅니다(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid JSON (%1)</source>
        <translation>잘못된 JSON(%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unexpected data after the JSON object</source>
        <translation>JSON 개체 뒤에 예기치 않은 데이터가 있습니다</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>list item %1 is not a JSON object</source>
        <translation>목록 항목 %1이(가) JSON 개체가 아닙니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected data after the list</source>
        <translation>목록 뒤에 예기치 않은 데이터가 있습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the response is not a Kubernetes list (no &quot;items&quot;)</source>
        <translation>응답이 Kubernetes 목록이 아닙니다(&quot;items&quot; 없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the response is a %1, not a list</source>
        <translation>응답이 목록이 아니라 %1입니다</translation>
    </message>
    <message>
        <location filename="../src/kube/proxyrules.cpp" line="+162"/>
        <source>The proxy %1 uses the scheme &quot;%2&quot;, which kvdoctor cannot use; use an http:// or socks5:// proxy.</source>
        <translation>프록시 %1은(는) kvdoctor가 사용할 수 없는 체계 &quot;%2&quot;을(를) 사용합니다. http:// 또는 socks5:// 프록시를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../src/kube/streamframing.cpp" line="+91"/>
        <source>the exec status channel carried data that is not a Kubernetes Status: %1</source>
        <translation>exec 상태 채널에 Kubernetes Status가 아닌 데이터가 있습니다: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the exec status reports a non-zero exit code but does not say which: %1</source>
        <translation>exec 상태가 0이 아닌 종료 코드를 보고했지만 어떤 코드인지 알려 주지 않습니다: %1</translation>
    </message>
</context>
<context>
    <name>LogArchive</name>
    <message>
        <location filename="../src/models/logarchive.cpp" line="+40"/>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a readable zip archive.</source>
        <translation>%1은(는) 읽을 수 있는 zip 보관 파일이 아닙니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not extract %1.</source>
        <translation>%1을(를) 추출할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the first %1 files were opened.</source>
        <translation>처음 %1개 파일만 열었습니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No log files found.</source>
        <translation>로그 파일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+15"/>
        <location line="+31"/>
        <source>Key Vault CSI Doctor</source>
        <translation>Key Vault CSI Doctor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>kvdoctor helps you find out why secrets from Azure Key Vault do not reach pods on Azure Kubernetes Service: it examines the Secrets Store CSI driver, the Azure Key Vault provider, SecretProviderClasses, pods, events and logs, and explains what it finds. It reads your kubeconfig as kubectl does and never changes it.</source>
        <translation>kvdoctor는 Azure Key Vault의 비밀이 Azure Kubernetes Service의 파드에 전달되지 않는 이유를 찾도록 도와줍니다. Secrets Store CSI 드라이버, Azure Key Vault 공급자, SecretProviderClass, 파드, 이벤트, 로그를 검사하고 발견한 내용을 설명합니다. kubectl과 같은 방식으로 kubeconfig를 읽으며 절대 변경하지 않습니다.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Connect to a Cluster…</source>
        <translation>클러스터에 연결…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to a cluster</source>
        <translation>클러스터에 연결</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Selected context</source>
        <translation>선택한 컨텍스트</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kubeconfig</source>
        <translation>kubeconfig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kubeconfig source</source>
        <translation>kubeconfig 원본</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Main Toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Connect…</source>
        <translation>연결(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a kubeconfig context</source>
        <translation>kubeconfig 컨텍스트를 선택합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reload Kubeconfig</source>
        <translation>kubeconfig 다시 읽기(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the kubeconfig file(s) again</source>
        <translation>kubeconfig 파일을 다시 읽습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show &amp;Status Bar</source>
        <translation>상태 표시줄 표시(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About kvdoctor</source>
        <translation>kvdoctor 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>kvd::ClusterTreeModel</name>
    <message>
        <location filename="../src/models/clustertreemodel.cpp" line="+123"/>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NotReady</source>
        <translation>준비 안 됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pool %1</source>
        <translation>풀 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n application pod(s)</source>
        <translation>
            <numerusform>애플리케이션 파드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>발견 사항 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CSI driver</source>
        <translation>CSI 드라이버</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure provider</source>
        <translation>Azure 공급자</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no pod)</source>
        <translation>(파드 없음)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no pod on this node</source>
        <translation>이 노드에 파드 없음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing on a node with application pods</source>
        <translation>애플리케이션 파드가 있는 노드에 없음</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SecretProviderClass %1</source>
        <translation>SecretProviderClass %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mount failing</source>
        <translation>탑재 실패</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
</context>
<context>
    <name>kvd::ConnectDialog</name>
    <message>
        <location filename="../src/widgets/connectdialog.cpp" line="+34"/>
        <source>&amp;Connect</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the selected context</source>
        <translation>선택한 컨텍스트에 연결합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Select a context.</source>
        <translation>컨텍스트를 선택하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context “%1”: cluster “%2” at %3, user “%4” (%5), namespace “%6”.</source>
        <translation>컨텍스트 “%1”: 클러스터 “%2”(%3), 사용자 “%4”(%5), 네임스페이스 “%6”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no server</source>
        <translation>서버 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defined in %1.</source>
        <translation>%1에 정의되어 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This context cannot be used:</source>
        <translation>이 컨텍스트는 사용할 수 없습니다:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings:</source>
        <translation>경고:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The kubeconfig defines no contexts.</source>
        <translation>kubeconfig에 정의된 컨텍스트가 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requested context “%1” is not in the kubeconfig.</source>
        <translation>요청한 컨텍스트 “%1”이(가) kubeconfig에 없습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chosen file: %1</source>
        <translation>선택한 파일: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the KUBECONFIG environment variable.</source>
        <translation>KUBECONFIG 환경 변수에서 가져왔습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the default location, as kubectl uses it.</source>
        <translation>kubectl이 사용하는 기본 위치에서 가져왔습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read: %1</source>
        <translation>읽음: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found: %1</source>
        <translation>찾을 수 없음: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No kubeconfig file to read.</source>
        <translation>읽을 kubeconfig 파일이 없습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Kubeconfig</source>
        <translation>kubeconfig 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*);;YAML files (*.yaml *.yml)</source>
        <translation>모든 파일 (*);;YAML 파일 (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>kvd::ContextListModel</name>
    <message>
        <location filename="../src/models/contextlistmodel.cpp" line="+19"/>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Current context of the kubeconfig</source>
        <translation>kubeconfig의 현재 컨텍스트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This context cannot be used:</source>
        <translation>이 컨텍스트는 사용할 수 없습니다:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication</source>
        <translation>인증</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
</context>
<context>
    <name>kvd::DetailsPane</name>
    <message>
        <location filename="../src/widgets/detailspane.cpp" line="+57"/>
        <source>Details of the selection</source>
        <translation>선택 항목의 세부 정보</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Logs</source>
        <translation>로그(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logs of the driver and provider on this node</source>
        <translation>이 노드의 드라이버 및 공급자 로그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connectivity from this node</source>
        <translation>이 노드에서 연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connectivity from this node</source>
        <translation>이 노드에서 연결 테스트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connectivity wizard comes in a later version.</source>
        <translation>연결 마법사는 이후 버전에서 제공됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy as kubectl command</source>
        <translation>kubectl 명령으로 복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy as kubectl command</source>
        <translation>kubectl 명령으로 복사</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Select a node or a pod in the node map.</source>
        <translation>노드 맵에서 노드나 파드를 선택하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node %1 is no longer in the cluster.</source>
        <translation>노드 %1이(가) 더 이상 클러스터에 없습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pod %1/%2 is gone.</source>
        <translation>파드 %1/%2이(가) 없어졌습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opens the driver and provider logs of this node.</source>
        <translation>이 노드의 드라이버 및 공급자 로그를 엽니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log viewer not available yet</source>
        <translation>로그 뷰어는 아직 사용할 수 없습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Node %1</source>
        <translation>노드 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NotReady</source>
        <translation>준비 안 됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condition Ready</source>
        <translation>Ready 조건</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduling</source>
        <translation>예약</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cordoned (unschedulable)</source>
        <translation>차단됨(예약 불가)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taints</source>
        <translation>테인트</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+102"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Pool</source>
        <translation>풀</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubelet</source>
        <translation>Kubelet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Findings</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Pods</source>
        <translation>파드</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSI driver</source>
        <translation>CSI 드라이버</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure provider</source>
        <translation>Azure 공급자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pod %1/%2</source>
        <translation>파드 %1/%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service account</source>
        <translation>서비스 계정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restarts</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not ready</source>
        <translation>준비 안 됨</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n restart(s)</source>
        <translation>
            <numerusform>다시 시작 %n회</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last terminated: %1 (exit %2)</source>
        <translation>마지막 종료: %1(종료 코드 %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secrets Store volumes</source>
        <translation>Secrets Store 볼륨</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SecretProviderClass %1</source>
        <translation>SecretProviderClass %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found in namespace %1.</source>
        <translation>네임스페이스 %1에 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity mode</source>
        <translation>ID 모드</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Objects</source>
        <translation>개체</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Warning events</source>
        <translation>경고 이벤트</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>(%n time(s), last %1)</source>
        <translation>
            <numerusform>(%n회, 마지막 %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kvd::LogModel</name>
    <message>
        <location filename="../src/models/logmodel.cpp" line="+268"/>
        <source>Invalid regular expression: %1</source>
        <translation>잘못된 정규식: %1</translation>
    </message>
</context>
<context>
    <name>kvd::LogView</name>
    <message>
        <location filename="../src/widgets/logview.cpp" line="+25"/>
        <source>Log lines</source>
        <translation>로그 줄</translation>
    </message>
    <message numerus="yes">
        <location line="+239"/>
        <source> … %n more characters (copy the line to get all)</source>
        <translation>
            <numerusform> … %n자 더 있음(전체를 보려면 줄을 복사하세요)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filtering…</source>
        <translation>필터링 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No log opened.</source>
        <translation>열린 로그가 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>로드 중…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No lines to show.</source>
        <translation>표시할 줄이 없습니다.</translation>
    </message>
</context>
<context>
    <name>kvd::LogsPage</name>
    <message>
        <location filename="../src/widgets/logspage.cpp" line="+56"/>
        <source>Open Logs…</source>
        <translation>로그 열기…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open log files</source>
        <translation>로그 파일 열기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Folder…</source>
        <translation>폴더 열기…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a folder of logs</source>
        <translation>로그 폴더 열기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent logs</source>
        <translation>최근 로그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent</source>
        <translation>최근</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 15 minutes</source>
        <translation>최근 15분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 6 hours</source>
        <translation>최근 6시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom (minutes)</source>
        <translation>사용자 지정(분)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom minutes</source>
        <translation>사용자 지정 분</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous container</source>
        <translation>이전 컨테이너</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow</source>
        <translation>실시간 추적</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>다시 읽기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload logs</source>
        <translation>로그 다시 읽기</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search (Ctrl+F)</source>
        <translation>검색(Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regex</source>
        <translation>정규식</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regular expression</source>
        <translation>정규식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>대/소문자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case sensitive</source>
        <translation>대/소문자 구분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only matching lines</source>
        <translation>일치하는 줄만</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only matching lines</source>
        <translation>일치하는 줄만 표시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>이전 일치 항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>다음 일치 항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches</source>
        <translation>일치 항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All lines</source>
        <translation>모든 줄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>경고 및 오류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>오류만</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time range</source>
        <translation>시간 범위</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Limit to a time range</source>
        <translation>시간 범위로 제한</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Log status</source>
        <translation>로그 상태</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n logs</source>
        <translation>
            <numerusform>로그 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Node %1</source>
        <translation>노드 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs of %1</source>
        <translation>%1의 로그</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not connected to a cluster.</source>
        <translation>클러스터에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Node %1 has no Secrets Store CSI driver or provider pod.</source>
        <translation>노드 %1에 Secrets Store CSI 드라이버 또는 공급자 파드가 없습니다.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Go to Line</source>
        <translation>줄로 이동</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line number:</source>
        <translation>줄 번호:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1 is not shown.</source>
        <translation>%1줄은 표시되어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Save Shown Lines</source>
        <translation>표시된 줄 저장</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Log files (*.log *.txt)</source>
        <translation>로그 파일 (*.log *.txt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Logs</source>
        <translation>로그 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs and archives (*.log *.txt *.json *.zip);;All files (*)</source>
        <translation>로그 및 보관 파일 (*.log *.txt *.json *.zip);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Folder of Logs</source>
        <translation>로그 폴더 열기</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n lines shown</source>
        <translation>
            <numerusform>%n줄 표시됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>of %n</source>
        <translation>
            <numerusform>전체 %n줄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading…</source>
        <translation>로드 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filtering…</source>
        <translation>필터링 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n matches</source>
        <translation>
            <numerusform>일치 항목 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kvd::MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="+71"/>
        <source>Main menu</source>
        <translation>주 메뉴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;Toolbar</source>
        <translation>도구 모음 표시(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Panels</source>
        <translation>패널</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cluster views</source>
        <translation>클러스터 보기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Overview</source>
        <translation>개요(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Node map</source>
        <translation>노드 맵(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh Cluster</source>
        <translation>클러스터 새로 고침(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Logs…</source>
        <translation>로그 열기(&amp;L)…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>kvdoctor logo</source>
        <translation>kvdoctor 로고</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication</source>
        <translation>인증</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection state</source>
        <translation>연결 상태</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The context “%1” is no longer usable: %2</source>
        <translation>컨텍스트 “%1”을(를) 더 이상 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+52"/>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Connected (Kubernetes %1)</source>
        <translation>연결됨(Kubernetes %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No kubeconfig was found. kvdoctor looks where kubectl does: the file given with --kubeconfig, else the files listed in the KUBECONFIG environment variable, else %1.</source>
        <translation>kubeconfig를 찾을 수 없습니다. kvdoctor는 kubectl과 같은 위치를 찾습니다: --kubeconfig로 지정한 파일, 없으면 KUBECONFIG 환경 변수에 나열된 파일, 없으면 %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n context(s) defined.</source>
        <translation>
            <numerusform>컨텍스트 %n개가 정의되어 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n of them cannot be used; the connect dialog shows why.</source>
        <translation>
            <numerusform>그중 %n개는 사용할 수 없습니다. 연결 대화 상자에 이유가 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key Vault CSI Doctor</source>
        <translation>Key Vault CSI Doctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No context selected</source>
        <translation>선택한 컨텍스트 없음</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — Key Vault CSI Doctor</source>
        <translation>%1 — Key Vault CSI Doctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context: %1</source>
        <translation>컨텍스트: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: %1</source>
        <translation>서버: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auth: %1</source>
        <translation>인증: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context “%1” (server %2, namespace “%3”, %4).</source>
        <translation>컨텍스트 “%1”(서버 %2, 네임스페이스 “%3”, %4).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About kvdoctor</source>
        <translation>kvdoctor 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Key Vault CSI Doctor %1&lt;/h3&gt;&lt;p&gt;Troubleshooting the Azure Key Vault provider for the Secrets Store CSI driver on Azure Kubernetes Service.&lt;/p&gt;&lt;p&gt;Licensed under the MIT license.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Key Vault CSI Doctor %1&lt;/h3&gt;&lt;p&gt;Azure Kubernetes Service에서 Secrets Store CSI 드라이버용 Azure Key Vault 공급자 문제를 해결합니다.&lt;/p&gt;&lt;p&gt;MIT 라이선스에 따라 사용이 허가됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>Logs</source>
        <translation>로그</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logs: %1</source>
        <translation>로그: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+2"/>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
</context>
<context>
    <name>kvd::NodeMapPage</name>
    <message>
        <location filename="../src/widgets/nodemappage.cpp" line="+65"/>
        <source>&amp;Problems only</source>
        <translation>문제만(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only nodes with problems</source>
        <translation>문제가 있는 노드만</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With &amp;app pods</source>
        <translation>앱 파드 있음(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only nodes with application pods</source>
        <translation>애플리케이션 파드가 있는 노드만</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespace filter</source>
        <translation>네임스페이스 필터</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+156"/>
        <source>All namespaces</source>
        <translation>모든 네임스페이스</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>SecretProviderClass filter</source>
        <translation>SecretProviderClass 필터</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+156"/>
        <source>All SecretProviderClasses</source>
        <translation>모든 SecretProviderClass</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Node pool filter</source>
        <translation>노드 풀 필터</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+156"/>
        <source>All node pools</source>
        <translation>모든 노드 풀</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Search node and pod names</source>
        <translation>노드 및 파드 이름 검색</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search nodes and pods…</source>
        <translation>노드 및 파드 검색…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show as &amp;list</source>
        <translation>목록으로 표시(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the nodes as a list</source>
        <translation>노드를 목록으로 표시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch between the node map and an accessible tree of the same nodes</source>
        <translation>노드 맵과 같은 노드의 접근성 트리 사이를 전환합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nodes shown</source>
        <translation>표시된 노드</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>축소(Ctrl+-)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>확대(Ctrl++)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Node map</source>
        <translation>노드 맵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys move between nodes, Tab between the pods of a node, Enter selects.</source>
        <translation>화살표 키로 노드 사이를, Tab 키로 노드의 파드 사이를 이동하고 Enter 키로 선택합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nodes and their pods</source>
        <translation>노드와 파드</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%1 of %n node(s)</source>
        <translation>
            <numerusform>노드 %n개 중 %1개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kvd::NodeMapView</name>
    <message numerus="yes">
        <location filename="../src/widgets/nodemapview.cpp" line="+237"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n개 더</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+87"/>
        <source>not in node list</source>
        <translation>노드 목록에 없음</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+85"/>
        <source>NotReady</source>
        <translation>준비 안 됨</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>cordoned</source>
        <translation>차단됨</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+83"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>발견 사항 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+78"/>
        <source>taint %1</source>
        <translation>테인트 %1</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pool %1</source>
        <translation>풀 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No nodes yet.</source>
        <translation>아직 노드가 없습니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No node matches the filters.</source>
        <translation>필터와 일치하는 노드가 없습니다.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Apps</source>
        <translation>앱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>공급자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Driver</source>
        <translation>드라이버</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no application pods</source>
        <translation>애플리케이션 파드 없음</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none (not needed here)</source>
        <translation>없음(여기서는 필요 없음)</translation>
    </message>
    <message numerus="yes">
        <location line="+243"/>
        <source>%n more application pod(s); select the node to see all.</source>
        <translation>
            <numerusform>애플리케이션 파드 %n개 더 있음. 모두 보려면 노드를 선택하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Secrets Store CSI driver pod runs on %1, but application pods there mount secrets.</source>
        <translation>%1에서 실행 중인 Secrets Store CSI 드라이버 파드가 없지만, 그 노드의 애플리케이션 파드가 비밀을 탑재합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Azure provider pod runs on %1, but application pods there mount secrets.</source>
        <translation>%1에서 실행 중인 Azure 공급자 파드가 없지만, 그 노드의 애플리케이션 파드가 비밀을 탑재합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SecretProviderClass: %1</source>
        <translation>SecretProviderClass: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+1"/>
        <location line="+18"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>kvd::OverviewPage</name>
    <message>
        <location filename="../src/widgets/overviewpage.cpp" line="+42"/>
        <source>no pods found</source>
        <translation>파드 없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2/%3 ready</source>
        <translation>%1: %2/%3 준비됨</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connection problem</source>
        <translation>연결 문제</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry connecting</source>
        <translation>다시 연결 시도</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading</source>
        <translation>로드 중</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pods using Key Vault</source>
        <translation>Key Vault를 사용하는 파드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SecretProviderClasses</source>
        <translation>SecretProviderClass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets Store CSI driver</source>
        <translation>Secrets Store CSI 드라이버</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Key Vault provider</source>
        <translation>Azure Key Vault 공급자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSIDriver object</source>
        <translation>CSIDriver 개체</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Problems found</source>
        <translation>발견된 문제</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pod</source>
        <translation>파드</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy as &amp;kubectl commands</source>
        <translation>kubectl 명령으로 복사(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the reads as kubectl commands</source>
        <translation>읽은 내용을 kubectl 명령으로 복사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the kubectl commands that show the same data kvdoctor read.</source>
        <translation>kvdoctor가 읽은 것과 같은 데이터를 보여 주는 kubectl 명령을 복사합니다.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 — Kubernetes %2</source>
        <translation>%1 — Kubernetes %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the cluster %1: %2</source>
        <translation>클러스터 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some data could not be read; what is shown is incomplete:
%1</source>
        <translation>일부 데이터를 읽을 수 없어 표시된 내용이 불완전합니다:
%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2 not ready), %3 with pods using Key Vault</source>
        <translation>%1(%2 준비 안 됨), Key Vault를 사용하는 파드가 있는 노드 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 with pods using Key Vault</source>
        <translation>%1, Key Vault를 사용하는 파드가 있는 노드 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 failing to mount</source>
        <translation>%1, 탑재 실패 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>present</source>
        <translation>있음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>absent</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Info</source>
        <translation>정보</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+46"/>
        <source>Key Vault CSI Doctor: troubleshoot the Azure Key Vault provider for the Secrets Store CSI driver.</source>
        <translation>Key Vault CSI Doctor: Secrets Store CSI 드라이버용 Azure Key Vault 공급자 문제를 해결합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read only this kubeconfig file.</source>
        <translation>이 kubeconfig 파일만 읽습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this kubeconfig context.</source>
        <translation>이 kubeconfig 컨텍스트를 사용합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User interface language, e.g. en or ko (default: the system&apos;s).</source>
        <translation>사용자 인터페이스 언어(예: en 또는 ko, 기본값: 시스템 언어).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a simulated AKS cluster inside kvdoctor and connect to it. Scenarios: %1 (default: healthy).</source>
        <translation>kvdoctor 안에서 시뮬레이션된 AKS 클러스터를 시작하고 연결합니다. 시나리오: %1(기본값: healthy).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --demo: the scenario to simulate.</source>
        <translation>--demo와 함께: 시뮬레이션할 시나리오입니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown scenario &quot;%1&quot;. Scenarios: %2.</source>
        <translation>알 수 없는 시나리오 &quot;%1&quot;. 시나리오: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kvdoctor demo</source>
        <translation>kvdoctor 데모</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The simulated cluster could not be started: %1</source>
        <translation>시뮬레이션된 클러스터를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo: simulated cluster, scenario “%1”</source>
        <translation>데모: 시뮬레이션된 클러스터, 시나리오 “%1”</translation>
    </message>
</context>
</TS>
