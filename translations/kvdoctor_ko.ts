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
        <location filename="../src/cli/clireport.cpp" line="+15"/>
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
        <location filename="../src/cli/probecommand.cpp" line="+147"/>
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
        <location filename="../src/cli/probecommand.cpp" line="+79"/>
        <location line="+21"/>
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
        <location filename="../src/cli/diagnosecommand.cpp" line="+91"/>
        <location filename="../src/cli/probecommand.cpp" line="-91"/>
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
        <location filename="../src/cli/analyzecommand.cpp" line="+54"/>
        <location line="+31"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>No known problem found in %1.</source>
        <translation>%1에서 알려진 문제를 찾지 못했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 errors, %3 warnings, %4 notes.</source>
        <translation>%1: 오류 %2개, 경고 %3개, 참고 %4개.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <location filename="../src/cli/diagnosecommand.cpp" line="+92"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n회</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, node %1</source>
        <translation>, 노드 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, first %1, last %2</source>
        <translation>, 처음 %1, 마지막 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence:</source>
        <translation>근거:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and %1 more</source>
        <translation>… 외 %1개</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also explains: %1</source>
        <translation>함께 설명되는 증상: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix:</source>
        <translation>해결 방법:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm:</source>
        <translation>확인:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docs:</source>
        <translation>문서:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>kvdoctor-cli analyze: log of %1: %2</source>
        <translation>kvdoctor-cli analyze: %1의 로그: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Finds known causes of Key Vault CSI problems and says how to fix them. Offline: give log files, folders or zip archives. Against a cluster: give --context (reads the inventory, the pods&apos; events and the provider and driver logs; read-only). Exit code 0 when the analysis ran, whatever it found.</source>
        <translation>Key Vault CSI 문제의 알려진 원인을 찾고 해결 방법을 알려 줍니다. 오프라인: 로그 파일, 폴더 또는 zip 보관 파일을 지정하세요. 클러스터 대상: --context를 지정하세요(인벤토리, 파드 이벤트, 공급자와 드라이버 로그를 읽으며 읽기 전용입니다). 분석이 실행되면 결과와 관계없이 종료 코드는 0입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the findings as JSON.</source>
        <translation>결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/logscommand.cpp" line="+0"/>
        <source>NODE</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only this node&apos;s logs (cluster mode).</source>
        <translation>이 노드의 로그만(클러스터 모드).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only log lines newer than this (15m, 1h, 24h, all). Default 1h.</source>
        <translation>이 기간 이내의 로그 줄만(15m, 1h, 24h, all). 기본값 1h.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the texts (en, ko). Default: the system&apos;s.</source>
        <translation>텍스트 언어(en, ko). 기본값: 시스템 언어.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/cli/diagnosecommand.cpp" line="-82"/>
        <source>LANG</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log files, folders or zip archives to analyse.</source>
        <translation>분석할 로그 파일, 폴더 또는 zip 보관 파일.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kvdoctor-cli analyze: give log files/folders/zip archives, or --context for a cluster.</source>
        <translation>kvdoctor-cli analyze: 로그 파일/폴더/zip 보관 파일을 지정하거나 클러스터에 대해 --context를 지정하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kvdoctor-cli analyze: give either paths or --context, not both.</source>
        <translation>kvdoctor-cli analyze: 경로와 --context 중 하나만 지정하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kvdoctor-cli analyze: --node needs --context.</source>
        <translation>kvdoctor-cli analyze: --node에는 --context가 필요합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kvdoctor-cli analyze: --since &quot;%1&quot; is not a duration such as 15m, 1h or 24h.</source>
        <translation>kvdoctor-cli analyze: --since &quot;%1&quot;은(는) 15m, 1h, 24h 같은 기간이 아닙니다.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+11"/>
        <location line="+67"/>
        <source>kvdoctor-cli analyze: %1</source>
        <translation>kvdoctor-cli analyze: %1</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>kvdoctor-cli analyze: no readable log file in the given paths.</source>
        <translation>kvdoctor-cli analyze: 지정한 경로에 읽을 수 있는 로그 파일이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>파일 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n줄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Key Vault CSI Doctor report (offline logs)</source>
        <translation>Key Vault CSI Doctor 보고서(오프라인 로그)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>kvdoctor-cli analyze: the cluster could not be read: %1</source>
        <translation>kvdoctor-cli analyze: 클러스터를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kvdoctor-cli analyze: no node named &quot;%1&quot;.</source>
        <translation>kvdoctor-cli analyze: &quot;%1&quot;(이)라는 노드가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>context %1, %n node log(s) read</source>
        <translation>
            <numerusform>컨텍스트 %1, 노드 로그 %n개 읽음</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>provider and driver logs of %1</source>
        <translation>%1의 공급자 및 드라이버 로그</translation>
    </message>
    <message>
        <location filename="../src/cli/logscommand.cpp" line="+1"/>
        <source>Also save this application pod&apos;s logs.</source>
        <translation>이 애플리케이션 파드의 로그도 저장합니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/cli/probecommand.cpp" line="-11"/>
        <source>NAMESPACE/NAME</source>
        <translation>네임스페이스/이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only lines newer than this (15m, 1h, 6h, 24h, all). Default 1h.</source>
        <translation>이 시간 이후의 줄만 저장합니다(15m, 1h, 6h, 24h, all). 기본값은 1h입니다.</translation>
    </message>
    <message>
        <location filename="../src/cli/analyzecommand.cpp" line="-186"/>
        <location filename="../src/cli/diagnosecommand.cpp" line="-7"/>
        <location filename="../src/cli/logscommand.cpp" line="+1"/>
        <source>DURATION</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../src/cli/logscommand.cpp" line="+1"/>
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
        <location filename="../src/cli/main.cpp" line="+26"/>
        <source>Find known causes in log files, folders, zips or a cluster, with fixes (--json).</source>
        <translation>로그 파일, 폴더, zip 또는 클러스터에서 알려진 원인과 해결 방법을 찾습니다(--json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the kubeconfig contexts (--json for a machine-readable list).</source>
        <translation>kubeconfig 컨텍스트를 나열합니다(기계가 읽을 수 있는 목록은 --json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnose why a pod cannot mount its secrets: checks, causes, next step, ticket report (--report).</source>
        <translation>파드가 비밀을 마운트하지 못하는 이유를 진단합니다: 점검, 원인, 다음 단계, 티켓용 보고서(--report).</translation>
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
        <source>Test the path from a pod&apos;s node to Key Vault with a short-lived curl pod (asks for consent).</source>
        <translation>단기 curl 파드로 파드의 노드에서 Key Vault까지의 경로를 테스트합니다(동의를 요청합니다).</translation>
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
        <location line="+55"/>
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
        <location line="+4"/>
        <source>Inject faults, comma-separated, e.g. &quot;reset-mid-body:/api/v1/pods,slow:2000:/api/v1/nodes,html:502:/api&quot;. Kinds: %1.</source>
        <translation>장애를 주입합니다(쉼표로 구분). 예: &quot;reset-mid-body:/api/v1/pods,slow:2000:/api/v1/nodes,html:502:/api&quot;. 종류: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+18"/>
        <source>kvdoctor-cli simulate: --faults: %1</source>
        <translation>kvdoctor-cli simulate: --faults: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kvdoctor-cli simulate: unknown scenario &quot;%1&quot;; known scenarios: %2</source>
        <translation>kvdoctor-cli simulate: 알 수 없는 시나리오 &quot;%1&quot;, 알려진 시나리오: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>kvdoctor-cli simulate: %1</source>
        <translation>kvdoctor-cli simulate: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/clireport.cpp" line="+0"/>
        <source>Write the report to FILE (.md, .html, .pdf, .json or .zip with the logs).</source>
        <translation>보고서를 FILE에 씁니다(.md, .html, .pdf, .json 또는 로그를 포함하는 .zip).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask in the report: ips, nodes, ids, server (comma-separated).</source>
        <translation>보고서에서 마스킹할 항목: ips, nodes, ids, server(쉼표로 구분).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHAT</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>kvdoctor-cli %1: --report needs a file ending in .md, .html, .pdf, .json or .zip.</source>
        <translation>kvdoctor-cli %1: --report에는 .md, .html, .pdf, .json 또는 .zip으로 끝나는 파일이 필요합니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>kvdoctor-cli %1: --mask takes ips, nodes, ids, server; not &quot;%2&quot;.</source>
        <translation>kvdoctor-cli %1: --mask에는 ips, nodes, ids, server만 쓸 수 있습니다(&quot;%2&quot;은(는) 불가).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>kvdoctor-cli %1: %2</source>
        <translation>kvdoctor-cli %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report written to %1.</source>
        <translation>보고서를 %1에 썼습니다.</translation>
    </message>
    <message>
        <location filename="../src/cli/diagnosecommand.cpp" line="-50"/>
        <location line="+6"/>
        <source>connectivity test: %1</source>
        <translation>연결 테스트: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Diagnose why a pod cannot mount its Key Vault secrets: reads the cluster, the provider and driver logs of the pod&apos;s node, recognises known causes, checks the driver, provider, SecretProviderClass and your permissions, and says what to do next. Without --pod, the first failing pod is taken.</source>
        <translation>파드가 Key Vault 비밀을 마운트하지 못하는 이유를 진단합니다. 클러스터와 파드 노드의 공급자·드라이버 로그를 읽고, 알려진 원인을 찾아내고, 드라이버·공급자·SecretProviderClass와 사용자 권한을 점검한 뒤 다음에 할 일을 알려 줍니다. --pod가 없으면 처음 발견한 실패 파드를 진단합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Namespace of the pod.</source>
        <translation>파드의 네임스페이스입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pod to diagnose (NAME or NAMESPACE/NAME).</source>
        <translation>진단할 파드(NAME 또는 NAMESPACE/NAME)입니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>POD</source>
        <translation>파드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time range of the logs read (15m, 1h, 6h, 24h, all). Default 1h.</source>
        <translation>읽을 로그의 시간 범위(15m, 1h, 6h, 24h, all). 기본값은 1h입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also run the connectivity test from the pod&apos;s node (creates a short-lived pod; needs --yes).</source>
        <translation>파드 노드에서 연결 테스트도 실행합니다(잠시 동안 파드를 만들며 --yes가 필요합니다).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to creating the probe pod for --probe.</source>
        <translation>--probe용 프로브 파드 생성에 동의합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the verdicts as JSON.</source>
        <translation>판정 결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report&apos;s rule texts (en, ko).</source>
        <translation>보고서의 규칙 텍스트 언어(en, ko).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>kvdoctor-cli diagnose: --since &quot;%1&quot; is not a duration such as 15m, 1h or all.</source>
        <translation>kvdoctor-cli diagnose: --since &quot;%1&quot;은(는) 15m, 1h, all 같은 기간이 아닙니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kvdoctor-cli diagnose: --probe creates a pod in the cluster; add --yes to consent.</source>
        <translation>kvdoctor-cli diagnose: --probe는 클러스터에 파드를 만듭니다. 동의하려면 --yes를 추가하세요.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>kvdoctor-cli diagnose: %1</source>
        <translation>kvdoctor-cli diagnose: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No pod is failing to mount its secrets.</source>
        <translation>비밀 마운트에 실패하는 파드가 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pod %1/%2 on node %3</source>
        <translation>노드 %3의 파드 %1/%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Findings:</source>
        <translation>발견 사항:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/probecommand.cpp" line="+155"/>
        <source>Fix: %1</source>
        <translation>해결: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next step: %1</source>
        <translation>다음 단계: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connectivity test:</source>
        <translation>연결 테스트:</translation>
    </message>
    <message>
        <location filename="../src/cli/probecommand.cpp" line="-163"/>
        <source>Tests the path from a pod&apos;s node to Azure Key Vault as the provider takes it: creates a short-lived hostNetwork curl pod on the node, checks proxy, clock, DNS, TCP, TLS, the token for the pod&apos;s identity mode and a metadata-only GET of each object, then deletes the pod. Secrets and tokens go to the pod on stdin, never on a command line. Exit codes: 0 all checks passed (warnings allowed), 1 the probe could not run, 2 usage error or no consent, 3 a check failed.</source>
        <translation>공급자가 사용하는 경로 그대로 파드의 노드에서 Azure Key Vault까지의 경로를 테스트합니다. 노드에 단기 hostNetwork curl 파드를 만들고 프록시, 시계, DNS, TCP, TLS, 파드의 ID 모드에 맞는 토큰, 각 개체의 메타데이터 전용 GET을 확인한 다음 파드를 삭제합니다. 비밀과 토큰은 명령줄이 아니라 stdin으로만 파드에 전달됩니다. 종료 코드: 0 모든 검사 통과(경고 허용), 1 프로브를 실행할 수 없음, 2 사용법 오류 또는 동의 없음, 3 검사 실패.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The failing application pod.</source>
        <translation>실패하는 애플리케이션 파드입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SecretProviderClass to test (default: the pod&apos;s first Secrets Store volume&apos;s).</source>
        <translation>테스트할 SecretProviderClass입니다(기본값: 파드의 첫 번째 Secrets Store 볼륨의 것).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity mode: auto (from the SecretProviderClass), %1.</source>
        <translation>ID 모드: auto(SecretProviderClass에서 결정), %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MODE</source>
        <translation>모드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image of the probe pod (needs curl and nslookup; default %1). Use a mirror in your registry when Docker Hub is blocked.</source>
        <translation>프로브 파드의 이미지입니다(curl과 nslookup 필요, 기본값 %1). Docker Hub가 차단된 경우 레지스트리의 미러를 사용하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IMAGE</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namespace for the probe pod (must allow privileged pods; default: the pod&apos;s).</source>
        <translation>프로브 파드의 네임스페이스입니다(privileged 파드를 허용해야 함, 기본값: 대상 파드의 네임스페이스).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key Vault api-version (%1).</source>
        <translation>Key Vault api-version(%1)입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VERSION</source>
        <translation>버전</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID of the AKS add-on identity (azurekeyvaultsecretsprovider-CLUSTER), to recognise it.</source>
        <translation>AKS 추가 기능 ID(azurekeyvaultsecretsprovider-CLUSTER)를 인식하기 위한 해당 클라이언트 ID입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Service principal mode: read the client secret from stdin instead of the pod&apos;s nodePublishSecretRef Secret.</source>
        <translation>서비스 주체 모드: 파드의 nodePublishSecretRef Secret 대신 stdin에서 클라이언트 암호를 읽습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service principal mode: the client ID to use with --client-secret-stdin.</source>
        <translation>서비스 주체 모드: --client-secret-stdin과 함께 사용할 클라이언트 ID입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not ask for consent (needed when stdin is not a terminal).</source>
        <translation>동의를 묻지 않습니다(stdin이 터미널이 아닐 때 필요).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the plan, every step&apos;s result and the summary as JSON.</source>
        <translation>계획, 모든 단계의 결과와 요약을 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds to wait for the probe pod to run (default 180).</source>
        <translation>프로브 파드가 실행될 때까지 기다릴 시간(초)입니다(기본값 180).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>초</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>kvdoctor-cli probe: --pod NAMESPACE/NAME is required.</source>
        <translation>kvdoctor-cli probe: --pod 네임스페이스/이름이 필요합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kvdoctor-cli probe: --identity &quot;%1&quot; is not one of auto, %2.</source>
        <translation>kvdoctor-cli probe: --identity &quot;%1&quot;은(는) auto, %2 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kvdoctor-cli probe: --pod-timeout must be a number of seconds between 5 and 3600.</source>
        <translation>kvdoctor-cli probe: --pod-timeout은 5에서 3600 사이의 초 단위 숫자여야 합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kvdoctor-cli probe: creates a pod in the cluster and needs consent; stdin is not a terminal, so pass --yes.</source>
        <translation>kvdoctor-cli probe: 클러스터에 파드를 만들므로 동의가 필요합니다. stdin이 터미널이 아니므로 --yes를 지정하세요.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+15"/>
        <source>kvdoctor-cli probe: %1</source>
        <translation>kvdoctor-cli probe: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault: %1 (%2)</source>
        <translation>자격 증명 모음: %1(%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe pod: %1/%2 on node %3, image %4</source>
        <translation>프로브 파드: 노드 %3의 %1/%2, 이미지 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>This creates the hostNetwork pod %1/%2 on node %3 for a few minutes and runs %n check(s) in it, with real tokens for the pod&apos;s identity (kept in memory only).</source>
        <translation>
            <numerusform>노드 %3에 hostNetwork 파드 %1/%2을(를) 몇 분 동안 만들고, 파드의 ID에 대한 실제 토큰(메모리에만 보관)으로 그 안에서 검사 %n개를 실행합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It reads the client secret from the Secret %1 in namespace %2.</source>
        <translation>네임스페이스 %2의 Secret %1에서 클라이언트 암호를 읽습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue? [y/N] </source>
        <translation>계속하시겠습니까? [y/N] </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kvdoctor-cli probe: nothing was created.</source>
        <translation>kvdoctor-cli probe: 아무것도 만들지 않았습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client secret (one line): </source>
        <translation>클라이언트 암호(한 줄): </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kvdoctor-cli probe: no client secret on stdin.</source>
        <translation>kvdoctor-cli probe: stdin에 클라이언트 암호가 없습니다.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cause: %1</source>
        <translation>원인: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Canceling; deleting the probe pod…</source>
        <translation>취소하는 중입니다. 프로브 파드를 삭제합니다…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Next: %1</source>
        <translation>다음: %1</translation>
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
        <location filename="../src/core/probeplan.cpp" line="+1543"/>
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
        <location line="+160"/>
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
        <location filename="../src/core/logline.cpp" line="+457"/>
        <source>Debug</source>
        <translation>디버그</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/reportrender.cpp" line="+42"/>
        <location filename="../src/core/rulecatalogue.cpp" line="+32"/>
        <source>Info</source>
        <translation>정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/probeplan.cpp" line="+2"/>
        <location filename="../src/core/reportrender.cpp" line="-1"/>
        <location filename="../src/core/rulecatalogue.cpp" line="+1"/>
        <location filename="../src/core/troubleshoot.cpp" line="+139"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/reportrender.cpp" line="-2"/>
        <location filename="../src/core/rulecatalogue.cpp" line="+1"/>
        <location line="+2"/>
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
        <location filename="../src/core/probeplan.cpp" line="-61"/>
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
        <location filename="../src/core/probeplan.cpp" line="-1312"/>
        <source>Get %1 &quot;%2&quot; (metadata only)</source>
        <translation>%1 &quot;%2&quot; 가져오기(메타데이터만)</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>the proxy host name in HTTPS_PROXY does not resolve</source>
        <translation>HTTPS_PROXY의 프록시 호스트 이름을 확인할 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host name does not resolve (DNS: custom DNS, private zone, typo in the vault name or cloud)</source>
        <translation>호스트 이름을 확인할 수 없습니다(DNS: 사용자 지정 DNS, 프라이빗 영역, 자격 증명 모음 이름 또는 클라우드 오타)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was refused or there is no route (NSG reject, nothing listening, proxy refused)</source>
        <translation>연결이 거부되었거나 경로가 없습니다(NSG 거부, 수신 대기 없음, 프록시 거부)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the operation timed out: packets are dropped (firewall, UDR or NSG deny, unreachable private endpoint)</source>
        <translation>작업 시간이 초과되었습니다. 패킷이 삭제됩니다(방화벽, UDR 또는 NSG 거부, 연결할 수 없는 프라이빗 엔드포인트)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the TLS handshake failed (SNI-filtering firewall, TLS interception, TLS version)</source>
        <translation>TLS 핸드셰이크가 실패했습니다(SNI 필터링 방화벽, TLS 가로채기, TLS 버전)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server closed the connection without a reply (a middlebox)</source>
        <translation>서버가 응답 없이 연결을 닫았습니다(중간 장비)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was reset (firewall reset after the TLS hello, proxy CONNECT refused)</source>
        <translation>연결이 재설정되었습니다(TLS hello 후 방화벽 재설정, 프록시 CONNECT 거부)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server certificate is not trusted: TLS interception, or the proxy CA is missing from the image&apos;s CA bundle</source>
        <translation>서버 인증서를 신뢰할 수 없습니다: TLS 가로채기이거나 이미지의 CA 번들에 프록시 CA가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>curl exit code %1</source>
        <translation>curl 종료 코드 %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+486"/>
        <source>curl exit %1: %2</source>
        <translation>curl 종료 %1: %2</translation>
    </message>
    <message>
        <location line="-482"/>
        <source>The node cannot reach Microsoft Entra ID (%1): %2. This identity mode gets its token from the node&apos;s %3, so the provider does not need it directly.</source>
        <translation>노드가 Microsoft Entra ID(%1)에 연결할 수 없습니다: %2. 이 ID 모드는 노드의 %3에서 토큰을 받으므로 공급자가 직접 필요로 하지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do for this mode; workload identity and service principals need %1:443.</source>
        <translation>이 모드에서는 조치할 것이 없습니다. 워크로드 ID와 서비스 주체에는 %1:443이 필요합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node cannot reach Microsoft Entra ID (%1): %2. The provider cannot get a token either.</source>
        <translation>노드가 Microsoft Entra ID(%1)에 연결할 수 없습니다: %2. 공급자도 토큰을 받을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow egress from the nodes to %1:443 (AKS outbound rules, firewall application rules, proxy settings) and check the node&apos;s DNS.</source>
        <translation>노드에서 %1:443으로의 송신을 허용하고(AKS 아웃바운드 규칙, 방화벽 애플리케이션 규칙, 프록시 설정) 노드의 DNS를 확인하세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The vault resolves to its private endpoint (%1) but the node cannot connect: check VNet peering, UDRs and NSGs between the node subnet and the private endpoint.</source>
        <translation>자격 증명 모음이 프라이빗 엔드포인트(%1)로 확인되지만 노드가 연결할 수 없습니다. 노드 서브넷과 프라이빗 엔드포인트 사이의 VNet 피어링, UDR, NSG를 확인하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the vault name and cloudName in the SecretProviderClass, and the node&apos;s DNS (custom DNS servers must forward to 168.63.129.16 for private DNS zones).</source>
        <translation>SecretProviderClass의 자격 증명 모음 이름과 cloudName, 그리고 노드의 DNS를 확인하세요(사용자 지정 DNS 서버는 프라이빗 DNS 영역을 위해 168.63.129.16으로 전달해야 합니다).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proxy or firewall intercepts TLS: exempt %1 from TLS inspection, or make sure the provider trusts the proxy CA.</source>
        <translation>프록시 또는 방화벽이 TLS를 가로챕니다. %1을(를) TLS 검사에서 제외하거나 공급자가 프록시 CA를 신뢰하는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow egress from the nodes to %1:443 (firewall, NSG, UDR, proxy), or use a private endpoint.</source>
        <translation>노드에서 %1:443으로의 송신을 허용하거나(방화벽, NSG, UDR, 프록시) 프라이빗 엔드포인트를 사용하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node cannot reach the Key Vault %1: %2.</source>
        <translation>노드가 Key Vault %1에 연결할 수 없습니다: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node cannot reach %1: %2.</source>
        <translation>노드가 %1에 연결할 수 없습니다: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the node&apos;s egress (firewall, NSG, UDR, proxy) to %1.</source>
        <translation>%1(으)로 향하는 노드의 송신(방화벽, NSG, UDR, 프록시)을 확인하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not available in the probe image</source>
        <translation>프로브 이미지에 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The probe image has no %1, so this check could not run.</source>
        <translation>프로브 이미지에 %1이(가) 없어 이 검사를 실행할 수 없었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an image that contains curl and BusyBox (the default curlimages/curl does).</source>
        <translation>curl과 BusyBox가 포함된 이미지를 사용하세요(기본값인 curlimages/curl에는 포함되어 있습니다).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command could not run: %1</source>
        <translation>명령을 실행할 수 없었습니다: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check could not be run in the probe pod.</source>
        <translation>프로브 파드에서 검사를 실행할 수 없었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the probe pod is running and that you may exec into it.</source>
        <translation>프로브 파드가 실행 중이고 exec 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 does not exist (NXDOMAIN)</source>
        <translation>%1이(가) 존재하지 않습니다(NXDOMAIN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not resolve</source>
        <translation>%1을(를) 확인할 수 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node&apos;s DNS cannot resolve the vault. Either the vault name or cloudName is wrong, or a custom DNS server or private DNS zone does not answer for it.</source>
        <translation>노드의 DNS가 자격 증명 모음을 확인할 수 없습니다. 자격 증명 모음 이름이나 cloudName이 잘못되었거나, 사용자 지정 DNS 서버 또는 프라이빗 DNS 영역이 응답하지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check keyvaultName and cloudName in the SecretProviderClass; with custom DNS, forward %1 to 168.63.129.16 or link the %2 zone to the cluster&apos;s VNet.</source>
        <translation>SecretProviderClass의 keyvaultName과 cloudName을 확인하세요. 사용자 지정 DNS를 쓰는 경우 %1을(를) 168.63.129.16으로 전달하거나 %2 영역을 클러스터의 VNet에 연결하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node&apos;s DNS cannot resolve Microsoft Entra ID; this identity mode does not need it from the node.</source>
        <translation>노드의 DNS가 Microsoft Entra ID를 확인할 수 없습니다. 이 ID 모드는 노드에서 이를 필요로 하지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s DNS cannot resolve Microsoft Entra ID, so no token can be obtained.</source>
        <translation>노드의 DNS가 Microsoft Entra ID를 확인할 수 없어 토큰을 받을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the node&apos;s DNS servers (custom DNS must resolve public names).</source>
        <translation>노드의 DNS 서버를 확인하세요(사용자 지정 DNS는 공용 이름을 확인할 수 있어야 합니다).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node cannot resolve the cluster&apos;s OIDC issuer. The node does not need it, but Entra ID must reach it to validate workload identity tokens.</source>
        <translation>노드가 클러스터의 OIDC 발급자를 확인할 수 없습니다. 노드에는 필요 없지만 Entra ID가 워크로드 ID 토큰을 검증하려면 연결할 수 있어야 합니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 resolves to %2</source>
        <translation>%1은(는) %2(으)로 확인됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name resolves to a private address: a private endpoint or DNS override is in use.</source>
        <translation>이름이 프라이빗 주소로 확인됩니다. 프라이빗 엔드포인트 또는 DNS 재정의가 사용 중입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name resolves to a public address.</source>
        <translation>이름이 공용 주소로 확인됩니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 resolves to the private endpoint %2</source>
        <translation>%1은(는) 프라이빗 엔드포인트 %2(으)로 확인됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault has a private endpoint and the node resolves it to its private address.</source>
        <translation>자격 증명 모음에 프라이빗 엔드포인트가 있고 노드가 이를 프라이빗 주소로 확인합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a privatelink alias but resolves to the public address %2</source>
        <translation>%1에 privatelink 별칭이 있지만 공용 주소 %2(으)로 확인됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault has an approved private endpoint, but the node&apos;s DNS does not answer from the private zone, so traffic goes to the public endpoint. If public access is disabled on the vault, requests fail with ForbiddenByConnection.</source>
        <translation>자격 증명 모음에 승인된 프라이빗 엔드포인트가 있지만 노드의 DNS가 프라이빗 영역에서 응답하지 않아 트래픽이 공용 엔드포인트로 갑니다. 자격 증명 모음의 공용 액세스가 비활성화되어 있으면 요청이 ForbiddenByConnection으로 실패합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the private DNS zone %1 to the cluster&apos;s VNet, or make the custom DNS servers forward to 168.63.129.16.</source>
        <translation>프라이빗 DNS 영역 %1을(를) 클러스터의 VNet에 연결하거나 사용자 지정 DNS 서버가 168.63.129.16으로 전달하도록 하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 resolves to the private address %2</source>
        <translation>%1은(는) 프라이빗 주소 %2(으)로 확인됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault resolves to a private address without a privatelink alias (custom DNS or hosts override).</source>
        <translation>자격 증명 모음이 privatelink 별칭 없이 프라이빗 주소로 확인됩니다(사용자 지정 DNS 또는 hosts 재정의).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 resolves to the public address %2</source>
        <translation>%1은(는) 공용 주소 %2(으)로 확인됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault has no private endpoint in use from this node: requests go to its public endpoint.</source>
        <translation>이 노드에서는 자격 증명 모음의 프라이빗 엔드포인트가 사용되지 않습니다. 요청은 공용 엔드포인트로 갑니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connected to %1 port 443</source>
        <translation>%1 포트 443에 연결됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A TCP connection to port 443 could be opened.</source>
        <translation>포트 443으로 TCP 연결을 열 수 있었습니다.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>If the cluster uses an HTTP proxy with a custom CA (AKS trustedCa), the node may trust it while this image does not.</source>
        <translation>클러스터가 사용자 지정 CA(AKS trustedCa)를 사용하는 HTTP 프록시를 쓰는 경우 노드는 이를 신뢰하지만 이 이미지는 신뢰하지 않을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate issued by &quot;%1&quot;</source>
        <translation>&quot;%1&quot;이(가) 발급한 인증서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate for %1 is not issued by Microsoft or DigiCert: a proxy or firewall intercepts TLS. Key Vault and Entra ID do not support TLS-intercepting proxies.</source>
        <translation>%1의 인증서는 Microsoft 또는 DigiCert가 발급하지 않았습니다. 프록시 또는 방화벽이 TLS를 가로챕니다. Key Vault와 Entra ID는 TLS를 가로채는 프록시를 지원하지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exempt %1 from TLS inspection on the proxy or firewall.</source>
        <translation>프록시 또는 방화벽의 TLS 검사에서 %1을(를) 제외하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+159"/>
        <source>HTTP %1, AADSTS%2: %3</source>
        <translation>HTTP %1, AADSTS%2: %3</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Entra ID does not know the tenant %1 in this cloud (%2).</source>
        <translation>Entra ID가 이 클라우드(%2)에서 테넌트 %1을(를) 알지 못합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entra ID rejected the tenant&apos;s OpenID configuration request.</source>
        <translation>Entra ID가 테넌트의 OpenID 구성 요청을 거부했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+186"/>
        <location line="+254"/>
        <source>Check tenantID and cloudName in the SecretProviderClass.</source>
        <translation>SecretProviderClass의 tenantID와 cloudName을 확인하세요.</translation>
    </message>
    <message>
        <location line="-436"/>
        <source>HTTP %1 from %2</source>
        <translation>%2의 HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something other than Entra ID may have answered (a proxy or captive portal).</source>
        <translation>Entra ID가 아닌 다른 것(프록시 또는 종속 포털)이 응답했을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS to %1 works</source>
        <translation>%1에 대한 TLS가 작동합니다</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS to %1 works, issuer &quot;%2&quot;</source>
        <translation>%1에 대한 TLS가 작동합니다. 발급자 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TLS handshake succeeded with a trusted certificate; no interception was seen.</source>
        <translation>신뢰할 수 있는 인증서로 TLS 핸드셰이크가 성공했습니다. 가로채기는 보이지 않았습니다.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>HTTP %1 without Key Vault&apos;s network header</source>
        <translation>Key Vault 네트워크 헤더가 없는 HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something other than Key Vault answered (a proxy or firewall).</source>
        <translation>Key Vault가 아닌 다른 것(프록시 또는 방화벽)이 응답했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the proxy and firewall between the node and %1.</source>
        <translation>노드와 %1 사이의 프록시와 방화벽을 확인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key Vault answered; it sees the node as %1</source>
        <translation>Key Vault가 응답했습니다. 노드를 %1(으)로 봅니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key Vault sees a private address: the request uses a private endpoint or service endpoint. Vault firewall rules must allow that subnet.</source>
        <translation>Key Vault가 프라이빗 주소를 봅니다. 요청이 프라이빗 엔드포인트 또는 서비스 엔드포인트를 사용합니다. 자격 증명 모음 방화벽 규칙이 해당 서브넷을 허용해야 합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key Vault sees the public address %1: the node&apos;s egress IP. If the vault firewall is on, this address must be allowed.</source>
        <translation>Key Vault가 공용 주소 %1(노드의 송신 IP)을 봅니다. 자격 증명 모음 방화벽이 켜져 있으면 이 주소를 허용해야 합니다.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(no proxy variables)</source>
        <translation>(프록시 변수 없음)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The provider pod&apos;s proxy settings differ from the probe pod&apos;s (HTTPS_PROXY &quot;%1&quot; vs &quot;%2&quot;), so the probe may not see what the provider sees.</source>
        <translation>공급자 파드의 프록시 설정이 프로브 파드와 다르므로(HTTPS_PROXY &quot;%1&quot; 대 &quot;%2&quot;) 프로브가 공급자와 같은 결과를 보지 못할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The provider uses a proxy but its NO_PROXY does not contain 169.254.169.254: its IMDS token requests go to the proxy, which is not supported.</source>
        <translation>공급자가 프록시를 사용하지만 NO_PROXY에 169.254.169.254가 없습니다. IMDS 토큰 요청이 프록시로 가며, 이는 지원되지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No proxy configured</source>
        <translation>프록시가 구성되지 않음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests go to Azure directly (no HTTP proxy variables).</source>
        <translation>요청이 Azure로 직접 갑니다(HTTP 프록시 변수 없음).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No proxy in the probe pod</source>
        <translation>프로브 파드에 프록시 없음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTPS proxy %1</source>
        <translation>HTTPS 프록시 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests go through the HTTP proxy; NO_PROXY is &quot;%1&quot;.</source>
        <translation>요청이 HTTP 프록시를 거칩니다. NO_PROXY는 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the provider&apos;s proxy settings match the node&apos;s (AKS HTTP proxy configuration) and exclude 169.254.169.254 from the proxy.</source>
        <translation>공급자의 프록시 설정을 노드의 설정(AKS HTTP 프록시 구성)과 일치시키고 169.254.169.254를 프록시에서 제외하세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The node&apos;s time could not be read</source>
        <translation>노드의 시간을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>date did not print a number.</source>
        <translation>date가 숫자를 출력하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>The node&apos;s clock differs from this computer&apos;s by %1 s</source>
        <translation>노드의 시계가 이 컴퓨터와 %1초 차이 납니다</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A skew of more than 5 minutes breaks token and assertion validation (AADSTS700024, expired tokens).</source>
        <translation>5분이 넘는 차이는 토큰 및 어설션 검증을 깨뜨립니다(AADSTS700024, 만료된 토큰).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check time synchronisation on the node (chrony) and on this computer.</source>
        <translation>노드(chrony)와 이 컴퓨터의 시간 동기화를 확인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than a minute of skew; tokens may be rejected near their validity limits.</source>
        <translation>1분이 넘는 차이가 있습니다. 유효 기간 경계 근처에서 토큰이 거부될 수 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check time synchronisation on the node and on this computer.</source>
        <translation>노드와 이 컴퓨터의 시간 동기화를 확인하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock skew %1 s</source>
        <translation>시계 차이 %1초</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The node&apos;s clock agrees with this computer&apos;s.</source>
        <translation>노드의 시계가 이 컴퓨터와 일치합니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP %1 without a token</source>
        <translation>토큰이 없는 HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer is not from Entra ID&apos;s token endpoint (a proxy may have answered).</source>
        <translation>응답이 Entra ID의 토큰 엔드포인트에서 온 것이 아닙니다(프록시가 응답했을 수 있습니다).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the proxy between the node and %1.</source>
        <translation>노드와 %1 사이의 프록시를 확인하세요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The client secret in the Secret %1 is wrong: often the secret&apos;s ID was stored instead of its value, or the value is stale.</source>
        <translation>Secret %1의 클라이언트 암호가 잘못되었습니다. 암호 값 대신 암호 ID가 저장되었거나 값이 오래된 경우가 많습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new client secret for the app registration and store its value as clientsecret in the Secret %1 (namespace %2), without a trailing newline.</source>
        <translation>앱 등록에 새 클라이언트 암호를 만들고 그 값을 끝 줄바꿈 없이 Secret %1(네임스페이스 %2)의 clientsecret으로 저장하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The client secret has expired.</source>
        <translation>클라이언트 암호가 만료되었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new client secret and update the Secret %1 (namespace %2).</source>
        <translation>새 클라이언트 암호를 만들고 Secret %1(네임스페이스 %2)을(를) 업데이트하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No federated identity credential of the identity %1 matches the service account token (issuer, subject system:serviceaccount:%2:%3, audience %4).</source>
        <translation>ID %1의 페더레이션 ID 자격 증명 중 서비스 계정 토큰(발급자, 주체 system:serviceaccount:%2:%3, 대상 %4)과 일치하는 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add or fix the federated credential: issuer exactly the cluster&apos;s OIDC issuer URL (with the trailing /), subject system:serviceaccount:%1:%2, audience %3.</source>
        <translation>페더레이션 자격 증명을 추가하거나 수정하세요: 발급자는 클러스터의 OIDC 발급자 URL과 정확히 같아야 하고(끝의 / 포함), 주체는 system:serviceaccount:%1:%2, 대상은 %3입니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tenant %1 is not known in %2.</source>
        <translation>%2에서 테넌트 %1을(를) 알 수 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client ID is not an application in tenant %1.</source>
        <translation>클라이언트 ID가 테넌트 %1의 애플리케이션이 아닙니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check clientID in the SecretProviderClass and the tenant.</source>
        <translation>SecretProviderClass의 clientID와 테넌트를 확인하세요.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check clientid in the Secret %1 and the tenant.</source>
        <translation>Secret %1의 clientid와 테넌트를 확인하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Look up AADSTS%1 and fix the identity&apos;s configuration.</source>
        <translation>AADSTS%1을(를) 찾아보고 ID의 구성을 수정하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The assertion is outside its validity: check the node&apos;s clock (see the clock step).</source>
        <translation>어설션이 유효 기간을 벗어났습니다. 노드의 시계를 확인하세요(시계 단계 참조).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra ID cannot reach the cluster&apos;s OIDC issuer: reconcile the cluster (az aks update) and check the issuer URL.</source>
        <translation>Entra ID가 클러스터의 OIDC 발급자에 연결할 수 없습니다. 클러스터를 조정(az aks update)하고 발급자 URL을 확인하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entra ID rejected the workload identity token exchange.</source>
        <translation>Entra ID가 워크로드 ID 토큰 교환을 거부했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entra ID did not issue a token.</source>
        <translation>Entra ID가 토큰을 발급하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up AADSTS%1 and fix the service principal&apos;s configuration.</source>
        <translation>AADSTS%1을(를) 찾아보고 서비스 주체의 구성을 수정하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The managed identity %1 is not assigned to this node&apos;s scale set.</source>
        <translation>관리 ID %1이(가) 이 노드의 확장 집합에 할당되어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set userAssignedIdentityID to the client ID of an identity on the node pool (for the AKS add-on: az aks show --query addonProfiles.azureKeyvaultSecretsProvider.identity.clientId), or assign the identity to the scale set.</source>
        <translation>userAssignedIdentityID를 노드 풀에 있는 ID의 클라이언트 ID로 설정하거나(AKS 추가 기능: az aks show --query addonProfiles.azureKeyvaultSecretsProvider.identity.clientId) ID를 확장 집합에 할당하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node has several user-assigned identities and no system-assigned one, so IMDS needs a client_id. AKS node pools normally have no system-assigned identity.</source>
        <translation>노드에 사용자 할당 ID가 여러 개 있고 시스템 할당 ID가 없으므로 IMDS에 client_id가 필요합니다. AKS 노드 풀에는 보통 시스템 할당 ID가 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set userAssignedIdentityID in the SecretProviderClass to the add-on or kubelet identity&apos;s client ID.</source>
        <translation>SecretProviderClass의 userAssignedIdentityID를 추가 기능 또는 kubelet ID의 클라이언트 ID로 설정하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IMDS is busy or updating; this is usually temporary.</source>
        <translation>IMDS가 사용 중이거나 업데이트 중입니다. 보통 일시적입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the probe again in a minute.</source>
        <translation>1분 후에 프로브를 다시 실행하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMDS did not issue a token.</source>
        <translation>IMDS가 토큰을 발급하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the managed identity configuration of the node pool.</source>
        <translation>노드 풀의 관리 ID 구성을 확인하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NMI found an AzureAssignedIdentity for %1/%2 that is still being assigned (CREATED, not ASSIGNED): MIC has not finished attaching the identity to the node.</source>
        <translation>NMI가 %1/%2에 대해 아직 할당 중인(ASSIGNED가 아닌 CREATED) AzureAssignedIdentity를 찾았습니다. MIC가 ID를 노드에 연결하는 작업을 끝내지 못했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the MIC pod logs for assignment errors and the AzureAssignedIdentity&apos;s state; plan the move to workload identity (aad-pod-identity is deprecated).</source>
        <translation>MIC 파드 로그에서 할당 오류를 확인하고 AzureAssignedIdentity의 상태를 확인하세요. 워크로드 ID로의 전환을 계획하세요(aad-pod-identity는 더 이상 사용되지 않음).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NMI has no assigned identity for %1/%2: the aadpodidbinding label does not match an AzureIdentityBinding, or the binding is in another namespace.</source>
        <translation>NMI에 %1/%2에 대해 할당된 ID가 없습니다. aadpodidbinding 레이블이 AzureIdentityBinding과 일치하지 않거나 바인딩이 다른 네임스페이스에 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the pod&apos;s aadpodidbinding label against the AzureIdentityBinding selector and the AzureIdentity.</source>
        <translation>파드의 aadpodidbinding 레이블을 AzureIdentityBinding 선택기 및 AzureIdentity와 비교하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NMI did not return a token.</source>
        <translation>NMI가 토큰을 반환하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the NMI pod&apos;s logs on node %1.</source>
        <translation>노드 %1에서 NMI 파드의 로그를 읽으세요.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>curl exit 7: nothing listens on 127.0.0.1:2579</source>
        <translation>curl 종료 7: 127.0.0.1:2579에서 수신 대기하는 것이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No NMI (aad-pod-identity) is running on node %1.</source>
        <translation>노드 %1에서 실행 중인 NMI(aad-pod-identity)가 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install aad-pod-identity or, better, move to workload identity.</source>
        <translation>aad-pod-identity를 설치하거나, 가능하면 워크로드 ID로 전환하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IMDS (169.254.169.254) is not reachable from the node.</source>
        <translation>노드에서 IMDS(169.254.169.254)에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that nothing on the node blocks 169.254.169.254 and that it is not sent to a proxy.</source>
        <translation>노드에서 169.254.169.254를 차단하는 것이 없는지, 그리고 프록시로 보내지지 않는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Token for audience %1</source>
        <translation>대상 %1에 대한 토큰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token is for %1, not %2: Key Vault will reject it (AKV10022).</source>
        <translation>토큰이 %2이(가) 아니라 %1에 대한 것입니다. Key Vault가 거부합니다(AKV10022).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check cloudName in the SecretProviderClass.</source>
        <translation>SecretProviderClass의 cloudName을 확인하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token issued</source>
        <translation>토큰 발급됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Token issued for %1 (object ID %2)</source>
        <translation>%1에 토큰 발급됨(개체 ID %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The identity obtained a Key Vault token the way the provider does. The token stays in memory and is shown nowhere.</source>
        <translation>ID가 공급자와 같은 방식으로 Key Vault 토큰을 받았습니다. 토큰은 메모리에만 있으며 어디에도 표시되지 않습니다.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is disabled</source>
        <translation>%1이(가) 비활성화되어 있습니다</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The object exists but is disabled.</source>
        <translation>개체가 있지만 비활성화되어 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Enable the object (or the version) in Key Vault.</source>
        <translation>Key Vault에서 개체(또는 버전)를 활성화하세요.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1 has expired</source>
        <translation>%1이(가) 만료되었습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The object&apos;s expiry date has passed.</source>
        <translation>개체의 만료 날짜가 지났습니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Renew the object in Key Vault.</source>
        <translation>Key Vault에서 개체를 갱신하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP 200, %1 version %2</source>
        <translation>HTTP 200, %1 버전 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The identity can read the object. Only its metadata is shown; the value is never displayed or stored.</source>
        <translation>ID가 개체를 읽을 수 있습니다. 메타데이터만 표시되며 값은 표시되거나 저장되지 않습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HTTP %1 %2%3: %4</source>
        <translation>HTTP %1 %2%3: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The vault uses Azure RBAC and the identity (%1) has no role that allows reading %2.</source>
        <translation>자격 증명 모음이 Azure RBAC를 사용하며 ID(%1)에 %2을(를) 읽을 수 있는 역할이 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the role &quot;%1&quot; to the principal %2 on the vault (or the object); role assignments can take a few minutes to apply.</source>
        <translation>자격 증명 모음(또는 개체)에서 주체 %2에 &quot;%1&quot; 역할을 할당하세요. 역할 할당이 적용되기까지 몇 분이 걸릴 수 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault firewall does not allow the node&apos;s address %1.</source>
        <translation>자격 증명 모음 방화벽이 노드의 주소 %1을(를) 허용하지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow %1 (the node&apos;s egress address) or the node subnet in the vault&apos;s networking settings, or use a private endpoint.</source>
        <translation>자격 증명 모음의 네트워킹 설정에서 %1(노드의 송신 주소) 또는 노드 서브넷을 허용하거나 프라이빗 엔드포인트를 사용하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public network access to the vault is disabled and the node reached its public endpoint.</source>
        <translation>자격 증명 모음의 공용 네트워크 액세스가 비활성화되어 있는데 노드가 공용 엔드포인트에 연결했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the node resolve the vault to its private endpoint: link %1 to the cluster&apos;s VNet, or peer the VNets.</source>
        <translation>노드가 자격 증명 모음을 프라이빗 엔드포인트로 확인하도록 하세요. %1을(를) 클러스터의 VNet에 연결하거나 VNet을 피어링하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The object is disabled.</source>
        <translation>개체가 비활성화되어 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault uses access policies and the identity (%1) has no get permission for %2s.</source>
        <translation>자격 증명 모음이 액세스 정책을 사용하며 ID(%1)에 %2에 대한 get 권한이 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an access policy with get on %1s for the principal %2, or switch the vault to Azure RBAC and assign &quot;%3&quot;.</source>
        <translation>주체 %2에 대해 %1 get 권한이 있는 액세스 정책을 추가하거나, 자격 증명 모음을 Azure RBAC로 전환하고 &quot;%3&quot;을(를) 할당하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key Vault %1 has no %2 named &quot;%3&quot;%4.</source>
        <translation>Key Vault %1에 이름이 &quot;%3&quot;인 %2이(가) 없습니다%4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> with version %1</source>
        <translation>(버전 %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check objectName, objectType and objectVersion in the SecretProviderClass (a certificate must be requested as cert, or as secret for its private key); recover the object if it was deleted.</source>
        <translation>SecretProviderClass의 objectName, objectType, objectVersion을 확인하세요(인증서는 cert로, 개인 키가 필요하면 secret으로 요청해야 합니다). 개체가 삭제되었다면 복구하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key Vault is throttling requests for this vault.</source>
        <translation>Key Vault가 이 자격 증명 모음에 대한 요청을 제한하고 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce the request rate (rotation poll interval, number of pods mounting the vault) and retry.</source>
        <translation>요청 빈도(회전 폴링 간격, 자격 증명 모음을 마운트하는 파드 수)를 줄이고 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key Vault rejected the token.</source>
        <translation>Key Vault가 토큰을 거부했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token comes from another tenant than the vault&apos;s (AKV10032).</source>
        <translation>토큰이 자격 증명 모음과 다른 테넌트에서 발급되었습니다(AKV10032).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token is for another audience (AKV10022): the cloud does not match.</source>
        <translation>토큰의 대상이 다릅니다(AKV10022). 클라우드가 일치하지 않습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key Vault had a service-side problem.</source>
        <translation>Key Vault 서비스 측에 문제가 있었습니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retry later.</source>
        <translation>나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key Vault did not return the object.</source>
        <translation>Key Vault가 개체를 반환하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the object&apos;s name and type in the SecretProviderClass.</source>
        <translation>SecretProviderClass에서 개체의 이름과 형식을 확인하세요.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Your permissions</source>
        <translation>내 권한</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks with SelfSubjectAccessReviews that you may create, exec into and delete the probe pod%1.</source>
        <translation>SelfSubjectAccessReview로 프로브 파드를 만들고, exec하고, 삭제할 수 있는지%1 확인합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and request a token for the service account</source>
        <translation>, 그리고 서비스 계정 토큰을 요청할 수 있는지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and read the service principal&apos;s Secret</source>
        <translation>, 그리고 서비스 주체의 Secret을 읽을 수 있는지</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All allowed.</source>
        <translation>모두 허용됨.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service principal Secret</source>
        <translation>서비스 주체 Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the Secret %1 in namespace %2 (keys clientid and clientsecret). The values stay in memory and are never shown.</source>
        <translation>네임스페이스 %2의 Secret %1(키 clientid, clientsecret)을 읽습니다. 값은 메모리에만 있으며 표시되지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Secret exists with clientid and clientsecret, labelled secrets-store.csi.k8s.io/used=true.</source>
        <translation>Secret이 clientid와 clientsecret을 갖고 있으며 secrets-store.csi.k8s.io/used=true 레이블이 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Probe pod on node %1</source>
        <translation>노드 %1의 프로브 파드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates the pod %1 (hostNetwork, image %2) on node %3 and waits until it runs.</source>
        <translation>노드 %3에 파드 %1(hostNetwork, 이미지 %2)을(를) 만들고 실행될 때까지 기다립니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pod is admitted, its image is pulled and it runs.</source>
        <translation>파드가 허용되고 이미지를 가져와 실행됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proxy settings</source>
        <translation>프록시 설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compares the HTTP proxy variables on the node with the provider pod&apos;s.</source>
        <translation>노드의 HTTP 프록시 변수를 공급자 파드의 것과 비교합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same proxy settings as the provider, with Azure endpoints reachable.</source>
        <translation>공급자와 같은 프록시 설정이며 Azure 엔드포인트에 연결할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock</source>
        <translation>시계</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compares the node&apos;s clock with this computer&apos;s.</source>
        <translation>노드의 시계를 이 컴퓨터의 시계와 비교합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Less than a minute of difference.</source>
        <translation>차이가 1분 미만입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+6"/>
        <source>DNS: %1</source>
        <translation>DNS: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Resolves Microsoft Entra ID&apos;s host name with the node&apos;s DNS.</source>
        <translation>노드의 DNS로 Microsoft Entra ID의 호스트 이름을 확인합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>A public address.</source>
        <translation>공용 주소.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Resolves the vault with the node&apos;s DNS: a privatelink alias with a private address means a private endpoint.</source>
        <translation>노드의 DNS로 자격 증명 모음을 확인합니다. privatelink 별칭과 프라이빗 주소는 프라이빗 엔드포인트를 뜻합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An address; with a private endpoint, a private one.</source>
        <translation>주소. 프라이빗 엔드포인트가 있으면 프라이빗 주소.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolves the cluster&apos;s OIDC issuer (Entra ID fetches its keys from there).</source>
        <translation>클러스터의 OIDC 발급자를 확인합니다(Entra ID가 여기서 키를 가져옵니다).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>TCP 443: %1</source>
        <translation>TCP 443: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Opens a connection to port 443.</source>
        <translation>포트 443으로 연결을 엽니다.</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Connected.</source>
        <translation>연결됨.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS and tenant: %1</source>
        <translation>TLS 및 테넌트: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetches the tenant&apos;s OpenID configuration (no credentials): shows the certificate issuer (TLS interception) and whether the tenant exists in this cloud.</source>
        <translation>자격 증명 없이 테넌트의 OpenID 구성을 가져옵니다. 인증서 발급자(TLS 가로채기)와 이 클라우드에 테넌트가 있는지 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP 200 with a certificate issued by Microsoft or DigiCert.</source>
        <translation>Microsoft 또는 DigiCert가 발급한 인증서와 함께 HTTP 200.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shows the certificate issuer of the vault&apos;s endpoint (TLS interception).</source>
        <translation>자격 증명 모음 엔드포인트의 인증서 발급자를 보여 줍니다(TLS 가로채기).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A certificate issued by Microsoft or DigiCert.</source>
        <translation>Microsoft 또는 DigiCert가 발급한 인증서.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key Vault health and network path</source>
        <translation>Key Vault 상태 및 네트워크 경로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GET /healthstatus without credentials: Key Vault reports the address it sees the node as (x-ms-keyvault-network-info).</source>
        <translation>자격 증명 없는 GET /healthstatus: Key Vault가 노드를 어떤 주소로 보는지 알려 줍니다(x-ms-keyvault-network-info).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP 200 with the network header.</source>
        <translation>네트워크 헤더와 함께 HTTP 200.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token: client credentials</source>
        <translation>토큰: 클라이언트 자격 증명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests a Key Vault token from Entra ID with the service principal&apos;s client secret, passed on stdin (never on the command line).</source>
        <translation>서비스 주체의 클라이언트 암호를 stdin으로 전달하여(명령줄에는 절대 넣지 않음) Entra ID에 Key Vault 토큰을 요청합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>HTTP 200 with an access token.</source>
        <translation>액세스 토큰과 함께 HTTP 200.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Service account token</source>
        <translation>서비스 계정 토큰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests a 10-minute token for the service account %1/%2 with audience %3, as the driver does. It stays in memory.</source>
        <translation>드라이버와 마찬가지로 대상 %3을(를) 가진 서비스 계정 %1/%2의 10분짜리 토큰을 요청합니다. 토큰은 메모리에만 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A token whose subject is system:serviceaccount:%1:%2.</source>
        <translation>주체가 system:serviceaccount:%1:%2인 토큰.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token: workload identity exchange</source>
        <translation>토큰: 워크로드 ID 교환</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges the service account token for a Key Vault token at Entra ID (assertion on stdin).</source>
        <translation>Entra ID에서 서비스 계정 토큰을 Key Vault 토큰으로 교환합니다(어설션은 stdin으로).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Token: NMI (aad-pod-identity)</source>
        <translation>토큰: NMI(aad-pod-identity)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the node&apos;s NMI for a token on behalf of %1/%2, as the provider does.</source>
        <translation>공급자와 마찬가지로 %1/%2을(를) 대신해 노드의 NMI에 토큰을 요청합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>HTTP 200 with a token.</source>
        <translation>토큰과 함께 HTTP 200.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Token: IMDS with client_id %1</source>
        <translation>토큰: client_id %1을(를) 사용하는 IMDS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Token: IMDS (system-assigned)</source>
        <translation>토큰: IMDS(시스템 할당)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the node&apos;s Instance Metadata Service for a Key Vault token, as the provider does.</source>
        <translation>공급자와 마찬가지로 노드의 인스턴스 메타데이터 서비스에 Key Vault 토큰을 요청합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token: identity binding</source>
        <translation>토큰: ID 바인딩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity binding exchanges the token through the AKS token proxy, which curl cannot reproduce. The network checks above still apply; read the provider&apos;s logs for the token error.</source>
        <translation>ID 바인딩은 AKS 토큰 프록시를 통해 토큰을 교환하므로 curl로 재현할 수 없습니다. 위의 네트워크 검사는 여전히 유효합니다. 토큰 오류는 공급자 로그에서 확인하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/troubleshoot.cpp" line="+167"/>
        <source>Not checked.</source>
        <translation>검사하지 않음.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GET of the %1 with the token (on stdin). Only metadata is kept: the value is never shown or stored.</source>
        <translation>토큰(stdin으로 전달)으로 %1을(를) GET합니다. 메타데이터만 보관하며 값은 표시되거나 저장되지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP 200.</source>
        <translation>HTTP 200.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clean up</source>
        <translation>정리</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes the probe pod (also on cancel and on errors).</source>
        <translation>프로브 파드를 삭제합니다(취소 및 오류 시에도).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pod is gone.</source>
        <translation>파드가 삭제되었습니다.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../src/core/secretsstore.cpp" line="+23"/>
        <source>Service principal (nodePublishSecretRef)</source>
        <translation>서비스 주체(nodePublishSecretRef)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/secretsstore.cpp" line="+1"/>
        <source>AAD pod identity (NMI, deprecated)</source>
        <translation>AAD Pod ID(NMI, 사용되지 않음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/secretsstore.cpp" line="+1"/>
        <source>User-assigned managed identity</source>
        <translation>사용자 할당 관리 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/secretsstore.cpp" line="+1"/>
        <source>System-assigned managed identity</source>
        <translation>시스템 할당 관리 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AKS add-on identity (azurekeyvaultsecretsprovider)</source>
        <translation>AKS 추가 기능 ID(azurekeyvaultsecretsprovider)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/secretsstore.cpp" line="+1"/>
        <source>Workload identity</source>
        <translation>워크로드 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/secretsstore.cpp" line="+1"/>
        <source>Identity binding (Azure token proxy)</source>
        <translation>ID 바인딩(Azure 토큰 프록시)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cloudName AzureStackCloud takes its endpoints from the provider&apos;s environment file, which kvdoctor cannot read: the probe does not support Azure Stack Hub</source>
        <translation>cloudName AzureStackCloud는 공급자의 환경 파일에서 엔드포인트를 가져오는데 kvdoctor는 이 파일을 읽을 수 없습니다. 프로브는 Azure Stack Hub를 지원하지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cloudName &quot;%1&quot; is an Azure CLI name, not one the provider accepts (AzurePublicCloud, AzureUSGovernmentCloud, AzureChinaCloud)</source>
        <translation>cloudName &quot;%1&quot;은(는) Azure CLI 이름이며 공급자가 받아들이는 이름(AzurePublicCloud, AzureUSGovernmentCloud, AzureChinaCloud)이 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cloudName &quot;%1&quot; is not a cloud the provider knows (AzurePublicCloud, AzureUSGovernmentCloud, AzureChinaCloud, AzureGermanCloud, AzureStackCloud)</source>
        <translation>cloudName &quot;%1&quot;은(는) 공급자가 아는 클라우드(AzurePublicCloud, AzureUSGovernmentCloud, AzureChinaCloud, AzureGermanCloud, AzureStackCloud)가 아닙니다</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../src/core/troubleshoot.cpp" line="-168"/>
        <source>Pass</source>
        <translation>통과</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/core/troubleshoot.cpp" line="+2"/>
        <source>Fail</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/troubleshoot.cpp" line="+1"/>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The pod &quot;%1/%2&quot; does not have a valid namespace and name</source>
        <translation>파드 &quot;%1/%2&quot;의 네임스페이스와 이름이 유효하지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pod %1/%2 is not scheduled on a node yet, so there is no node to probe from</source>
        <translation>파드 %1/%2이(가) 아직 노드에 예약되지 않아 프로브를 실행할 노드가 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node name &quot;%1&quot; is not a valid node name</source>
        <translation>노드 이름 &quot;%1&quot;은(는) 유효한 노드 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node %1 runs Windows; the probe pod needs a Linux node</source>
        <translation>노드 %1은(는) Windows를 실행합니다. 프로브 파드에는 Linux 노드가 필요합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service account name &quot;%1&quot; is not valid</source>
        <translation>서비스 계정 이름 &quot;%1&quot;이(가) 유효하지 않습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pod %1/%2 has no Secrets Store volume using the SecretProviderClass %3</source>
        <translation>파드 %1/%2에 SecretProviderClass %3을(를) 사용하는 Secrets Store 볼륨이 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SecretProviderClass %1 is for provider &quot;%2&quot;, not azure</source>
        <translation>SecretProviderClass %1은(는) azure가 아니라 공급자 &quot;%2&quot;용입니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SecretProviderClass %1 has no keyvaultName</source>
        <translation>SecretProviderClass %1에 keyvaultName이 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keyvaultName &quot;%1&quot; in the SecretProviderClass %2 is not a valid Key Vault name: 3 to 24 letters, digits and dashes</source>
        <translation>SecretProviderClass %2의 keyvaultName &quot;%1&quot;은(는) 유효한 Key Vault 이름이 아닙니다. 문자, 숫자, 대시 3~24자여야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SecretProviderClass %1 has no tenantID</source>
        <translation>SecretProviderClass %1에 tenantID가 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenantID &quot;%1&quot; in the SecretProviderClass %2 is neither a GUID nor a domain name</source>
        <translation>SecretProviderClass %2의 tenantID &quot;%1&quot;은(는) GUID도 도메인 이름도 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenantID has leading or trailing spaces; the provider sends it as it is, which fails (AADSTS900023).</source>
        <translation>tenantID 앞뒤에 공백이 있습니다. 공급자는 이를 그대로 보내므로 실패합니다(AADSTS900023).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Azure Germany (AzureGermanCloud) closed in October 2021; its endpoints no longer serve customers.</source>
        <translation>Azure 독일(AzureGermanCloud)은 2021년 10월에 종료되었습니다. 해당 엔드포인트는 더 이상 고객에게 서비스하지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (SecretProviderClass %2)</source>
        <translation>%1(SecretProviderClass %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The objects of the SecretProviderClass %1 cannot be read: %2</source>
        <translation>SecretProviderClass %1의 objects를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SecretProviderClass %1 lists no objects</source>
        <translation>SecretProviderClass %1에 나열된 개체가 없습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>objectName &quot;%1&quot; in the SecretProviderClass %2 is not a valid Key Vault object name: 1 to 127 letters, digits and dashes</source>
        <translation>SecretProviderClass %2의 objectName &quot;%1&quot;은(는) 유효한 Key Vault 개체 이름이 아닙니다. 문자, 숫자, 대시 1~127자여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>objectType &quot;%1&quot; of &quot;%2&quot; in the SecretProviderClass %3 must be secret, key or cert</source>
        <translation>SecretProviderClass %3에 있는 &quot;%2&quot;의 objectType &quot;%1&quot;은(는) secret, key, cert 중 하나여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>objectVersion &quot;%1&quot; of &quot;%2&quot; in the SecretProviderClass %3 is not a Key Vault version (32 hexadecimal digits)</source>
        <translation>SecretProviderClass %3에 있는 &quot;%2&quot;의 objectVersion &quot;%1&quot;은(는) Key Vault 버전(16진수 32자리)이 아닙니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a Key Vault api-version (for example 7.2 or 7.5)</source>
        <translation>&quot;%1&quot;은(는) Key Vault api-version(예: 7.2 또는 7.5)이 아닙니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SecretProviderClass %1 switches on more than one identity mode (usePodIdentity, useVMManagedIdentity, useAzureTokenProxy)</source>
        <translation>SecretProviderClass %1에서 ID 모드가 둘 이상 켜져 있습니다(usePodIdentity, useVMManagedIdentity, useAzureTokenProxy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The identity mode cannot be told: the SecretProviderClass %1 sets no identity and the pod&apos;s volume has no nodePublishSecretRef (the provider then fails with &quot;nodePublishSecretRef secret is not set&quot;). Choose the identity to test.</source>
        <translation>ID 모드를 알 수 없습니다. SecretProviderClass %1에 ID가 설정되어 있지 않고 파드의 볼륨에 nodePublishSecretRef가 없습니다(이 경우 공급자는 &quot;nodePublishSecretRef secret is not set&quot;으로 실패합니다). 테스트할 ID를 선택하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service principal mode needs nodePublishSecretRef on the pod&apos;s Secrets Store volume; it is not set</source>
        <translation>서비스 주체 모드에는 파드의 Secrets Store 볼륨에 nodePublishSecretRef가 필요하지만 설정되어 있지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nodePublishSecretRef &quot;%1&quot; is not a valid Secret name</source>
        <translation>nodePublishSecretRef &quot;%1&quot;은(는) 유효한 Secret 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A user-assigned identity needs userAssignedIdentityID (its client ID) in the SecretProviderClass %1</source>
        <translation>사용자 할당 ID에는 SecretProviderClass %1에 userAssignedIdentityID(클라이언트 ID)가 필요합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>userAssignedIdentityID &quot;%1&quot; in the SecretProviderClass %2 is not a client ID (a GUID)</source>
        <translation>SecretProviderClass %2의 userAssignedIdentityID &quot;%1&quot;은(는) 클라이언트 ID(GUID)가 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>userAssignedIdentityID %1 is not the AKS add-on identity %2: the provider uses the SecretProviderClass&apos;s value.</source>
        <translation>userAssignedIdentityID %1은(는) AKS 추가 기능 ID %2이(가) 아닙니다. 공급자는 SecretProviderClass의 값을 사용합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs clientID in the SecretProviderClass %2</source>
        <translation>%1에는 SecretProviderClass %2에 clientID가 필요합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clientID &quot;%1&quot; in the SecretProviderClass %2 is not a client ID (a GUID)</source>
        <translation>SecretProviderClass %2의 clientID &quot;%1&quot;은(는) 클라이언트 ID(GUID)가 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity binding goes through the AKS token proxy, which the probe cannot reproduce: only the network and Key Vault path are checked.</source>
        <translation>ID 바인딩은 AKS 토큰 프록시를 거치므로 프로브가 재현할 수 없습니다. 네트워크와 Key Vault 경로만 검사합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>aad-pod-identity is deprecated; plan the move to workload identity.</source>
        <translation>aad-pod-identity는 더 이상 사용되지 않습니다. 워크로드 ID로의 전환을 계획하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a valid namespace for the probe pod</source>
        <translation>&quot;%1&quot;은(는) 프로브 파드에 유효한 네임스페이스가 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid pod name</source>
        <translation>&quot;%1&quot;은(는) 유효한 파드 이름이 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid image reference</source>
        <translation>&quot;%1&quot;은(는) 유효한 이미지 참조가 아닙니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The probe pod&apos;s deadline must be between 60 seconds and a day</source>
        <translation>프로브 파드의 기한은 60초에서 하루 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a dnsPolicy</source>
        <translation>&quot;%1&quot;은(는) dnsPolicy가 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid OIDC issuer URL</source>
        <translation>&quot;%1&quot;은(는) 유효한 OIDC 발급자 URL이 아닙니다</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Exit code %1</source>
        <translation>종료 코드 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The permission check failed: %1</source>
        <translation>권한 검사가 실패했습니다: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kvdoctor could not ask the API server what you may do.</source>
        <translation>kvdoctor가 API 서버에 허용된 작업을 물어볼 수 없었습니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check the connection to the cluster and try again.</source>
        <translation>클러스터 연결을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All needed permissions are granted</source>
        <translation>필요한 권한이 모두 부여되어 있습니다</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/core/troubleshoot.cpp" line="+168"/>
        <source>You may create, exec into and delete the probe pod.</source>
        <translation>프로브 파드를 만들고, exec하고, 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not allowed: %1</source>
        <translation>허용되지 않음: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Kubernetes permissions do not allow the probe. Nothing was created.</source>
        <translation>Kubernetes 권한으로는 프로브를 실행할 수 없습니다. 아무것도 만들지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a cluster administrator for these permissions (a Role in the probe&apos;s namespace), or run the probe with an account that has them.</source>
        <translation>클러스터 관리자에게 이 권한(프로브 네임스페이스의 Role)을 요청하거나 권한이 있는 계정으로 프로브를 실행하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Secret could not be read: %1</source>
        <translation>Secret을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without the client secret the token and object checks are skipped.</source>
        <translation>클라이언트 암호가 없으면 토큰 및 개체 검사를 건너뜁니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the client secret in the wizard or pass it with --client-secret-stdin.</source>
        <translation>마법사에서 클라이언트 암호를 입력하거나 --client-secret-stdin으로 전달하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secret %1 not found in namespace %2</source>
        <translation>네임스페이스 %2에서 Secret %1을(를) 찾을 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pod&apos;s nodePublishSecretRef names a Secret that does not exist in the pod&apos;s namespace; the mount fails.</source>
        <translation>파드의 nodePublishSecretRef가 파드 네임스페이스에 없는 Secret을 가리킵니다. 마운트가 실패합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the Secret %1 in namespace %2 with keys clientid and clientsecret.</source>
        <translation>네임스페이스 %2에 키 clientid와 clientsecret을 가진 Secret %1을(를) 만드세요.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Secret has no %1</source>
        <translation>Secret에 %1이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider needs the keys clientid and clientsecret in the Secret %1.</source>
        <translation>공급자에는 Secret %1에 키 clientid와 clientsecret이 필요합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the missing keys to the Secret %1 (namespace %2).</source>
        <translation>Secret %1(네임스페이스 %2)에 없는 키를 추가하세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A value ends or starts with whitespace or a newline (often from echo without -n); Entra ID then rejects the secret.</source>
        <translation>값의 앞이나 뒤에 공백 또는 줄바꿈이 있습니다(-n 없이 echo를 쓴 경우가 많음). 이 경우 Entra ID가 암호를 거부합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Secret lacks the label secrets-store.csi.k8s.io/used=true, which the driver&apos;s filtered secret watch needs for rotation.</source>
        <translation>Secret에 secrets-store.csi.k8s.io/used=true 레이블이 없습니다. 드라이버의 필터링된 Secret 감시가 회전에 이 레이블을 필요로 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret %1 found, with problems</source>
        <translation>Secret %1을(를) 찾았지만 문제가 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the Secret&apos;s values or labels (kubectl label secret %1 -n %2 secrets-store.csi.k8s.io/used=true).</source>
        <translation>Secret의 값이나 레이블을 수정하세요(kubectl label secret %1 -n %2 secrets-store.csi.k8s.io/used=true).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secret %1 has clientid %2 and a client secret</source>
        <translation>Secret %1에 clientid %2와(과) 클라이언트 암호가 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Secret is complete; the client secret is kept in memory for the token step.</source>
        <translation>Secret이 완전합니다. 클라이언트 암호는 토큰 단계를 위해 메모리에 보관됩니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The probe pod is running</source>
        <translation>프로브 파드가 실행 중입니다</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The pod was admitted and its image pulled.</source>
        <translation>파드가 허용되었고 이미지를 가져왔습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The node cannot pull the probe image. In clusters with restricted egress Docker Hub is often blocked, which is itself an egress finding.</source>
        <translation>노드가 프로브 이미지를 가져올 수 없습니다. 송신이 제한된 클러스터에서는 Docker Hub가 차단된 경우가 많으며, 이것 자체가 송신 문제의 단서입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an image from a registry the cluster can reach (for example a copy of curlimages/curl in your ACR) with the image option.</source>
        <translation>이미지 옵션으로 클러스터가 연결할 수 있는 레지스트리의 이미지(예: ACR에 복사한 curlimages/curl)를 사용하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API server or an admission controller (Pod Security, Azure Policy, Gatekeeper) rejected the probe pod; a hostNetwork pod needs the privileged Pod Security level.</source>
        <translation>API 서버 또는 승인 컨트롤러(Pod Security, Azure Policy, Gatekeeper)가 프로브 파드를 거부했습니다. hostNetwork 파드에는 privileged Pod Security 수준이 필요합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the probe in a namespace that allows privileged pods, or ask for an exemption for pods labelled app.kubernetes.io/managed-by=kvdoctor.</source>
        <translation>privileged 파드를 허용하는 네임스페이스에서 프로브를 실행하거나, app.kubernetes.io/managed-by=kvdoctor 레이블이 있는 파드에 대한 예외를 요청하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The probe pod did not start in time.</source>
        <translation>프로브 파드가 제시간에 시작되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the pod&apos;s events (kubectl describe pod) and the node&apos;s state.</source>
        <translation>파드의 이벤트(kubectl describe pod)와 노드의 상태를 확인하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The probe pod could not be started.</source>
        <translation>프로브 파드를 시작할 수 없었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the pod&apos;s events (kubectl describe pod).</source>
        <translation>파드의 이벤트(kubectl describe pod)를 확인하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No token: %1</source>
        <translation>토큰 없음: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kvdoctor could not request a service account token, so the workload identity exchange cannot be tested.</source>
        <translation>kvdoctor가 서비스 계정 토큰을 요청할 수 없어 워크로드 ID 교환을 테스트할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You need create on serviceaccounts/token in the application&apos;s namespace.</source>
        <translation>애플리케이션 네임스페이스에서 serviceaccounts/token에 대한 create 권한이 필요합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token issued by %1 for %2</source>
        <translation>%1이(가) %2에 발급한 토큰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare issuer and subject with the identity&apos;s federated credential (the issuer must match exactly, including the trailing /). The token stays in memory.</source>
        <translation>발급자와 주체를 ID의 페더레이션 자격 증명과 비교하세요(발급자는 끝의 /까지 정확히 일치해야 합니다). 토큰은 메모리에만 있습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The probe pod was deleted</source>
        <translation>프로브 파드를 삭제했습니다</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing is left behind.</source>
        <translation>남은 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The probe pod could not be deleted: %1</source>
        <translation>프로브 파드를 삭제할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pod ends by itself at its deadline, but it stays in the cluster until deleted.</source>
        <translation>파드는 기한이 되면 스스로 종료되지만 삭제될 때까지 클러스터에 남습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it with: kubectl delete pods -A -l %1</source>
        <translation>다음으로 삭제하세요: kubectl delete pods -A -l %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Failed at &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;에서 실패: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passed with a warning at &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;에서 경고와 함께 통과: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node reaches Key Vault and the identity can read every object</source>
        <translation>노드가 Key Vault에 연결되고 ID가 모든 개체를 읽을 수 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The path from node %1 to %2 works now. If the mount still fails, read the provider&apos;s logs on that node.</source>
        <translation>현재 노드 %1에서 %2까지의 경로는 작동합니다. 그래도 마운트가 실패하면 해당 노드의 공급자 로그를 읽으세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was checked</source>
        <translation>검사한 항목이 없습니다</translation>
    </message>
    <message>
        <location filename="../src/core/secretsstore.cpp" line="+1"/>
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
    <message>
        <location filename="../src/core/detector.cpp" line="+127"/>
        <source>The rule catalogue&apos;s patterns do not compile: %1</source>
        <translation>규칙 카탈로그의 패턴을 컴파일할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+382"/>
        <source>SecretProviderClass %1 has no keyvaultName.</source>
        <translation>SecretProviderClass %1에 keyvaultName이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SecretProviderClass %1: keyvaultName &quot;%2&quot; is not a valid vault name.</source>
        <translation>SecretProviderClass %1: keyvaultName &quot;%2&quot;은(는) 올바른 자격 증명 모음 이름이 아닙니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SecretProviderClass %1 has no tenantId.</source>
        <translation>SecretProviderClass %1에 tenantId가 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SecretProviderClass %1 enables more than one identity mode.</source>
        <translation>SecretProviderClass %1에 ID 모드가 둘 이상 설정되어 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Windows node %1 runs neither the Secrets Store CSI driver nor the Azure provider.</source>
        <translation>Windows 노드 %1에서 Secrets Store CSI 드라이버와 Azure 공급자가 모두 실행되지 않습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pod %1 uses workload identity, but the CSIDriver secrets-store.csi.k8s.io requests no token for api://AzureADTokenExchange.</source>
        <translation>파드 %1은(는) 워크로드 ID를 사용하지만 CSIDriver secrets-store.csi.k8s.io가 api://AzureADTokenExchange용 토큰을 요청하지 않습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pod %1 on Windows node %2 uses workload identity and cannot mount.</source>
        <translation>Windows 노드 %2의 파드 %1은(는) 워크로드 ID를 사용하며 마운트할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>driver %1</source>
        <translation>드라이버 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>provider %1</source>
        <translation>공급자 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Versions older than v1.0 are installed: %1.</source>
        <translation>v1.0보다 오래된 버전이 설치되어 있습니다: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/redactor.cpp" line="+237"/>
        <source>Bearer tokens and Authorization headers</source>
        <translation>Bearer 토큰 및 Authorization 헤더</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON Web Tokens</source>
        <translation>JSON 웹 토큰(JWT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secrets</source>
        <translation>클라이언트 암호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client assertions</source>
        <translation>클라이언트 어설션</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kubeconfig credentials</source>
        <translation>kubeconfig 자격 증명</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwords</source>
        <translation>암호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private keys</source>
        <translation>개인 키</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SAS signatures</source>
        <translation>SAS 서명</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage account keys</source>
        <translation>스토리지 계정 키</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret values</source>
        <translation>비밀 값</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP addresses (masked)</source>
        <translation>IP 주소(마스킹됨)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node names (masked)</source>
        <translation>노드 이름(마스킹됨)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription, tenant and client IDs (masked)</source>
        <translation>구독, 테넌트 및 클라이언트 ID(마스킹됨)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/report.cpp" line="+248"/>
        <source>First seen: %1</source>
        <translation>처음 발생: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last seen (%n occurrence(s)): %1</source>
        <translation>
            <numerusform>마지막 발생(%n회): %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/reportrender.cpp" line="+513"/>
        <source>Connectivity test: %1</source>
        <translation>연결 테스트: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Likely cause: %1</source>
        <translation>가능성이 높은 원인: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connectivity test failed; no known cause was recognised in the logs.</source>
        <translation>연결 테스트가 실패했지만 로그에서 알려진 원인을 찾지 못했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem was found in what was collected.</source>
        <translation>수집한 내용에서 문제를 찾지 못했습니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Key Vault CSI Doctor report</source>
        <translation>Key Vault CSI Doctor 보고서</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+5"/>
        <location filename="../src/models/reportexport.cpp" line="+121"/>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+13"/>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../src/core/reportrender.cpp" line="-528"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>✓ pass</source>
        <translation>✓ 통과</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ fail</source>
        <translation>✗ 실패</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>! warning</source>
        <translation>! 경고</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>– skipped</source>
        <translation>– 건너뜀</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Generated (UTC)</source>
        <translation>생성 시각(UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First thing to do</source>
        <translation>가장 먼저 할 일</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API server</source>
        <translation>API 서버</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication</source>
        <translation>인증</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubernetes version</source>
        <translation>Kubernetes 버전</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 (%2 Windows)</source>
        <translation>%1(Windows %2개)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application pods with secrets-store volumes</source>
        <translation>secrets-store 볼륨을 쓰는 애플리케이션 파드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 failing)</source>
        <translation>%1(실패 %2개)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver versions</source>
        <translation>드라이버 버전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider versions</source>
        <translation>공급자 버전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSIDriver secrets-store.csi.k8s.io</source>
        <translation>CSIDriver secrets-store.csi.k8s.io</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>present</source>
        <translation>있음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Node pools</source>
        <translation>노드 풀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool</source>
        <translation>풀</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not ready</source>
        <translation>준비 안 됨</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DaemonSets</source>
        <translation>DaemonSet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DaemonSet</source>
        <translation>DaemonSet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desired</source>
        <translation>원하는 수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failing pods (%1)</source>
        <translation>실패한 파드(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No application pod is failing to mount its secrets.</source>
        <translation>비밀 마운트에 실패한 애플리케이션 파드가 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+121"/>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SecretProviderClass</source>
        <translation>SecretProviderClass</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (not found)</source>
        <translation>%1(찾을 수 없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+93"/>
        <source>Identity mode</source>
        <translation>ID 모드</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Last seen</source>
        <translation>마지막 발생</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>이유</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+174"/>
        <source>Count</source>
        <translation>횟수</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SecretProviderClasses (%1)</source>
        <translation>SecretProviderClass(%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+94"/>
        <source>Key Vault</source>
        <translation>Key Vault</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Tenant</source>
        <translation>테넌트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud</source>
        <translation>클라우드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects</source>
        <translation>개체</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Findings (%1)</source>
        <translation>발견 사항(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No known problem was recognised in the logs, events and cluster state.</source>
        <translation>로그, 이벤트, 클러스터 상태에서 알려진 문제를 찾지 못했습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cause id %1 · %2 occurrence(s)</source>
        <translation>원인 ID %1 · %2회 발생</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · first %1 · last %2</source>
        <translation> · 처음 %1 · 마지막 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · nodes: %1</source>
        <translation> · 노드: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to fix</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence</source>
        <translation>증거</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 more occurrence(s) not shown.</source>
        <translation>표시하지 않은 발생 %1건이 더 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm with</source>
        <translation>확인 명령</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also explains: %1</source>
        <translation>함께 설명되는 원인: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documentation:</source>
        <translation>문서:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connectivity test</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action</source>
        <translation>다음 조치</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>What happened</source>
        <translation>일어난 일</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cause</source>
        <translation>원인</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC)</source>
        <translation>시각(UTC)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kvdoctor</source>
        <translation>kvdoctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation>운영 체제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time</source>
        <translation>현지 시각</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was collected</source>
        <translation>수집한 내용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing beyond the cluster state above.</source>
        <translation>위의 클러스터 상태 외에는 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>줄 수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was redacted</source>
        <translation>편집(가림 처리)한 내용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials (tokens, keys, client secrets and assertions, passwords, signatures) are always removed and replaced by [REDACTED kind].</source>
        <translation>자격 증명(토큰, 키, 클라이언트 암호와 어설션, 암호, 서명)은 항상 제거되고 [REDACTED 종류]로 바뀝니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IP addresses are masked as [ip-N].</source>
        <translation>IP 주소는 [ip-N]으로 마스킹됩니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IP addresses are shown.</source>
        <translation>IP 주소가 그대로 표시됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node names are masked as [node-N].</source>
        <translation>노드 이름은 [node-N]으로 마스킹됩니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Node names are shown.</source>
        <translation>노드 이름이 그대로 표시됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription, tenant and client IDs are masked as [id-N].</source>
        <translation>구독, 테넌트, 클라이언트 ID는 [id-N]으로 마스킹됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription, tenant and client IDs are shown.</source>
        <translation>구독, 테넌트, 클라이언트 ID가 그대로 표시됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API server address is masked.</source>
        <translation>API 서버 주소가 마스킹됩니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The API server address is shown.</source>
        <translation>API 서버 주소가 그대로 표시됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced</source>
        <translation>바뀐 항목</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 occurrence(s)</source>
        <translation>%1회</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix: %1</source>
        <translation>해결 방법: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Full report attached (credentials redacted).</source>
        <translation>전체 보고서를 첨부했습니다(자격 증명은 가림 처리됨).</translation>
    </message>
    <message>
        <location filename="../src/core/rulecatalogue.cpp" line="+63"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2: &quot;%3&quot; %4</source>
        <translation>%1: %2: &quot;%3&quot; %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is missing</source>
        <translation>이(가) 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>must be a non-empty string</source>
        <translation>은(는) 비어 있지 않은 문자열이어야 합니다</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>must be an array of strings</source>
        <translation>은(는) 문자열의 배열이어야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <source>must be an array of non-empty strings</source>
        <translation>은(는) 비어 있지 않은 문자열의 배열이어야 합니다</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>must be an object of texts by language ({&quot;en&quot;: ..., &quot;ko&quot;: ...})</source>
        <translation>은(는) 언어별 텍스트의 개체여야 합니다({&quot;en&quot;: ..., &quot;ko&quot;: ...})</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>is missing (English is the fallback)</source>
        <translation>이(가) 없습니다(영어가 기본값입니다)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>must be an object of string arrays by language</source>
        <translation>은(는) 언어별 문자열 배열의 개체여야 합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must not be empty</source>
        <translation>은(는) 비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be an array of regular expressions</source>
        <translation>은(는) 정규식의 배열이어야 합니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a non-empty regular expression or {&quot;regex&quot;: ...}</source>
        <translation>은(는) 비어 있지 않은 정규식이나 {&quot;regex&quot;: ...}이어야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not compile: %1 (at offset %2)</source>
        <translation>컴파일할 수 없습니다: %1(오프셋 %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: 오프셋 %2에서 올바른 JSON이 아닙니다: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: expected an object with a &quot;rules&quot; array</source>
        <translation>%1: &quot;rules&quot; 배열이 있는 개체여야 합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rule %1</source>
        <translation>규칙 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is not an object</source>
        <translation>%1: %2이(가) 개체가 아닙니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rule %1 (%2)</source>
        <translation>규칙 %1(%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be lowercase words joined by &apos;-&apos;</source>
        <translation>은(는) &apos;-&apos;로 연결된 소문자 단어여야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is used by an earlier rule too</source>
        <translation>이(가) 앞의 규칙에서도 사용됩니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be error, warning or info</source>
        <translation>은(는) error, warning, info 중 하나여야 합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a number</source>
        <translation>은(는) 숫자여야 합니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must name at least one link</source>
        <translation>에 링크가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an https URL</source>
        <translation>&quot;%1&quot;은(는) https URL이 아닙니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must name at least one command</source>
        <translation>에 명령이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is empty and the rule is not a cluster-state rule</source>
        <translation>비어 있으며 이 규칙은 클러스터 상태 규칙이 아닙니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is already mapped by rule %2</source>
        <translation>&quot;%1&quot;은(는) 이미 규칙 %2에 연결되어 있습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: rule %2 (%3): &quot;subsumes&quot; names an unknown rule &quot;%4&quot;</source>
        <translation>%1: 규칙 %2(%3): &quot;subsumes&quot;에 알 수 없는 규칙 &quot;%4&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <location filename="../src/core/troubleshoot.cpp" line="-255"/>
        <source>The pod is not scheduled on a node yet.</source>
        <translation>파드가 아직 노드에 예약되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No %1 pod runs on node %2.</source>
        <translation>노드 %2에서 실행 중인 %1 파드가 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node has taints (%1): the DaemonSet may lack a matching toleration.</source>
        <translation>노드에 테인트(%1)가 있습니다. DaemonSet에 맞는 톨러레이션이 없을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It is a Windows node: the Windows DaemonSets must be enabled (windows.enabled=true).</source>
        <translation>Windows 노드입니다. Windows DaemonSet을 켜야 합니다(windows.enabled=true).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on node %2 is not healthy: %3.</source>
        <translation>노드 %2의 %1이(가) 정상이 아닙니다: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is running and ready on node %2.</source>
        <translation>%1이(가) 노드 %2에서 실행 중이며 준비되었습니다.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The pod exists and mounts a secrets-store volume</source>
        <translation>파드가 있고 secrets-store 볼륨을 마운트함</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cluster state was collected (offline analysis).</source>
        <translation>클러스터 상태를 수집하지 않았습니다(오프라인 분석).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1/%2 was not found among the pods that mount a secrets-store volume.</source>
        <translation>secrets-store 볼륨을 마운트하는 파드 중에 %1/%2이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1/%2 is %3 on node %4: its secrets volume does not mount.</source>
        <translation>%1/%2은(는) 노드 %4에서 %3 상태입니다. 비밀 볼륨이 마운트되지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/%2 is %3.</source>
        <translation>%1/%2은(는) %3 상태입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SecretProviderClass exists and is valid for its identity mode</source>
        <translation>SecretProviderClass가 있고 ID 모드에 맞게 올바름</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <location line="+1"/>
        <location line="+32"/>
        <source>No pod to check.</source>
        <translation>점검할 파드가 없습니다.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>%1 (%2, vault %3).</source>
        <translation>%1(%2, 자격 증명 모음 %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): %3</source>
        <translation>%1(%2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SecretProviderClass %1 does not exist in namespace %2.</source>
        <translation>네임스페이스 %2에 SecretProviderClass %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSIDriver object secrets-store.csi.k8s.io exists</source>
        <translation>CSIDriver 개체 secrets-store.csi.k8s.io가 있음</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>No cluster state was collected.</source>
        <translation>클러스터 상태를 수집하지 않았습니다.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Present.</source>
        <translation>있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing: the Secrets Store CSI driver is not installed (or its CSIDriver object was deleted).</source>
        <translation>없습니다. Secrets Store CSI 드라이버가 설치되지 않았거나 CSIDriver 개체가 삭제되었습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSI driver pod runs and is ready on the pod&apos;s node</source>
        <translation>파드 노드에서 CSI 드라이버 파드가 실행 중이며 준비됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azure provider pod runs and is ready on the pod&apos;s node</source>
        <translation>파드 노드에서 Azure 공급자 파드가 실행 중이며 준비됨</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSI driver</source>
        <translation>CSI 드라이버</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure provider</source>
        <translation>Azure 공급자</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Driver and provider versions</source>
        <translation>드라이버 및 공급자 버전</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>driver %1, provider %2</source>
        <translation>드라이버 %1, 공급자 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: versions before v1.0 lack fixes and rotation support.</source>
        <translation>%1: v1.0 이전 버전에는 수정 사항과 교체(rotation) 지원이 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: several versions run at once (a rollout in progress or stuck).</source>
        <translation>%1: 여러 버전이 동시에 실행 중입니다(롤아웃 진행 중이거나 멈춤).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pod&apos;s events</source>
        <translation>파드의 이벤트</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No Warning events.</source>
        <translation>Warning 이벤트가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n Warning event(s); the latest: %1 %2</source>
        <translation>
            <numerusform>Warning 이벤트 %n개, 최신: %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider and driver logs of the pod&apos;s node</source>
        <translation>파드 노드의 공급자 및 드라이버 로그</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logs were not read.</source>
        <translation>로그를 읽지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 (%n occurrence(s) in %2 lines read).</source>
        <translation>
            <numerusform>%1(읽은 %2줄에서 %n회 발생).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No known error in %1 lines read.</source>
        <translation>읽은 %1줄에서 알려진 오류가 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your permissions for the connectivity test</source>
        <translation>연결 테스트에 필요한 사용자 권한</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing: %1. The connectivity test cannot run with this account.</source>
        <translation>없는 권한: %1. 이 계정으로는 연결 테스트를 실행할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not needed yet: the cluster itself is the problem (%1). Fix that first; a connectivity test from the node would not tell more.</source>
        <translation>아직 필요 없음: 클러스터 자체에 문제가 있습니다(%1). 먼저 그것을 고치세요. 노드에서 연결 테스트를 해도 더 알 수 있는 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recommended: the likely cause (%1) lies between the node and Microsoft Entra ID or Key Vault. The test repeats the provider&apos;s requests from the same node with the same identity and shows where they fail.</source>
        <translation>권장: 가능성이 높은 원인(%1)이 노드와 Microsoft Entra ID 또는 Key Vault 사이에 있습니다. 테스트는 같은 노드에서 같은 ID로 공급자의 요청을 반복해 어디에서 실패하는지 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recommended: the logs show only a generic symptom (%1), not its cause. The test checks DNS, network, token and Key Vault access step by step.</source>
        <translation>권장: 로그에 원인이 아닌 일반적인 증상(%1)만 보입니다. 테스트가 DNS, 네트워크, 토큰, Key Vault 접근을 단계별로 점검합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not needed: the likely cause (%1) is in the configuration, not in the connection. Apply its fix first.</source>
        <translation>필요 없음: 가능성이 높은 원인(%1)은 연결이 아니라 구성에 있습니다. 먼저 해결 방법을 적용하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recommended: the pod cannot mount its secrets and no known cause was recognised. The test checks the path to Key Vault step by step.</source>
        <translation>권장: 파드가 비밀을 마운트하지 못하는데 알려진 원인을 찾지 못했습니다. 테스트가 Key Vault까지의 경로를 단계별로 점검합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not needed: no problem was found.</source>
        <translation>필요 없음: 문제를 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../src/models/reportexport.cpp" line="-118"/>
        <source>The PDF could not be produced.</source>
        <translation>PDF를 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+32"/>
        <source>Could not add %1 to the bundle.</source>
        <translation>%1을(를) 번들에 추가할 수 없습니다.</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+79"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Cannot create a temporary file: %1</source>
        <translation>임시 파일을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Unknown report format for %1: use .md, .html, .pdf, .json or .zip.</source>
        <translation>%1의 보고서 형식을 알 수 없습니다. .md, .html, .pdf, .json 또는 .zip을 사용하세요.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.ui" line="+15"/>
        <source>Export Report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>F&amp;ormat:</source>
        <translation>형식(&amp;O):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report format</source>
        <translation>보고서 형식</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report language</source>
        <translation>보고서 언어</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cluster</source>
        <translation>클러스터(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include the cluster section</source>
        <translation>클러스터 섹션 포함</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Failing pods and events</source>
        <translation>실패한 파드와 이벤트(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include failing pods</source>
        <translation>실패한 파드 포함</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;SecretProviderClasses</source>
        <translation>SecretProviderClass(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include SecretProviderClasses</source>
        <translation>SecretProviderClass 포함</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;indings with evidence</source>
        <translation>증거가 있는 발견 사항(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include findings</source>
        <translation>발견 사항 포함</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;onnectivity test</source>
        <translation>연결 테스트(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include the connectivity test</source>
        <translation>연결 테스트 포함</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Timeline</source>
        <translation>타임라인(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include the timeline</source>
        <translation>타임라인 포함</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Environment</source>
        <translation>환경(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include the environment</source>
        <translation>환경 포함</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;What was collected</source>
        <translation>수집한 내용(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Include what was collected</source>
        <translation>수집한 내용 포함</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Redaction</source>
        <translation>가림 처리</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credentials (tokens, keys, client secrets, assertions, passwords, signatures and known secret values) are always removed.</source>
        <translation>자격 증명(토큰, 키, 클라이언트 암호, 어설션, 암호, 서명, 알려진 비밀 값)은 항상 제거됩니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mask &amp;IP addresses</source>
        <translation>IP 주소 마스킹(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mask IP addresses</source>
        <translation>IP 주소 마스킹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mask &amp;node names</source>
        <translation>노드 이름 마스킹(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mask node names</source>
        <translation>노드 이름 마스킹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mask subscription, tenant and client I&amp;Ds</source>
        <translation>구독, 테넌트, 클라이언트 ID 마스킹(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mask IDs</source>
        <translation>ID 마스킹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mask the API &amp;server address</source>
        <translation>API 서버 주소 마스킹(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mask the API server address</source>
        <translation>API 서버 주소 마스킹</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was redacted</source>
        <translation>편집(가림 처리)한 내용</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Report preview</source>
        <translation>보고서 미리 보기</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export status</source>
        <translation>내보내기 상태</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Copy Summary</source>
        <translation>요약 복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy a short Markdown summary for the ticket to the clipboard</source>
        <translation>티켓용 짧은 Markdown 요약을 클립보드에 복사합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy summary to clipboard</source>
        <translation>요약을 클립보드에 복사</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ancel Saving</source>
        <translation>저장 취소(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel saving</source>
        <translation>저장 취소</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../ui/findingspanel.ui" line="+15"/>
        <location line="+53"/>
        <source>Findings</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Analysis status</source>
        <translation>분석 상태</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Analysis progress</source>
        <translation>분석 진행률</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the analysis</source>
        <translation>분석 취소</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Selected finding</source>
        <translation>선택한 발견 사항</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a finding to see what it means and how to fix it.</source>
        <translation>발견 사항을 선택하면 의미와 해결 방법이 표시됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No finding selected</source>
        <translation>선택한 발견 사항 없음</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Finding</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Explanation</source>
        <translation>설명</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How to &amp;fix</source>
        <translation>해결 방법(&amp;F)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fix steps</source>
        <translation>해결 단계</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Evidence (click to show)</source>
        <translation>증거(&amp;E) (클릭하면 표시)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence</source>
        <translation>증거</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click or press Enter on an evidence line to show it in the log viewer or the pod in the details pane</source>
        <translation>증거 줄을 클릭하거나 Enter 키를 누르면 로그 뷰어에 해당 줄이, 세부 정보 창에 해당 파드가 표시됩니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Documentation</source>
        <translation>문서</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Documentation links</source>
        <translation>문서 링크</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm with &amp;kubectl</source>
        <translation>kubectl로 확인(&amp;K)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kubectl commands</source>
        <translation>kubectl 명령</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy kubectl Command</source>
        <translation>kubectl 명령 복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected kubectl command</source>
        <translation>선택한 kubectl 명령 복사</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Also explained by this cause</source>
        <translation>이 원인으로 함께 설명되는 증상</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Context causes</source>
        <translation>관련 원인</translation>
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
        <location line="+28"/>
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
        <location filename="../src/kube/proberunner.cpp" line="+108"/>
        <location line="+506"/>
        <location line="+105"/>
        <location line="+34"/>
        <source>The connection was closed.</source>
        <translation>연결이 닫혔습니다.</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>The connection to the API server was interrupted during %1 %2: %3</source>
        <translation>%1 %2 도중 API 서버와의 연결이 끊어졌습니다: %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 bytes received</source>
        <translation>%1바이트 수신됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 bytes received</source>
        <translation>%2바이트 중 %1바이트 수신됨</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to the API server was interrupted while the answer to %1 %2 was being read (%3): %4</source>
        <translation>%1 %2에 대한 응답을 읽는 도중 API 서버와의 연결이 끊어졌습니다(%3): %4</translation>
    </message>
    <message>
        <location line="+115"/>
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
        <location line="+94"/>
        <source>The exec connection to pod %1 broke before the command finished (%2).</source>
        <translation>명령이 끝나기 전에 파드 %1에 대한 exec 연결이 끊어졌습니다(%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>close code %1</source>
        <translation>닫기 코드 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The command could not run in pod %1: %2</source>
        <translation>파드 %1에서 명령을 실행할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The API server refused the exec connection to pod %1 with HTTP status %2, then accepted the same request when asked again: the error was probably temporary; try again.</source>
        <translation>API 서버가 포드 %1에 대한 exec 연결을 HTTP 상태 %2(으)로 거부했지만, 같은 요청을 다시 보내자 수락했습니다. 일시적인 오류였을 가능성이 높으니 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The API server does not offer the WebSocket exec protocols kvdoctor speaks (%1). Clusters before Kubernetes 1.30 serve exec over SPDY only: use &quot;kubectl exec&quot; there, or upgrade the cluster.</source>
        <translation>API 서버가 kvdoctor가 지원하는 WebSocket exec 프로토콜(%1)을 제공하지 않습니다. Kubernetes 1.30 이전 클러스터는 SPDY로만 exec를 제공합니다. 그런 클러스터에서는 &quot;kubectl exec&quot;를 사용하거나 클러스터를 업그레이드하세요.</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+27"/>
        <source>The answer was an HTML page%1, so a proxy or gateway may have answered instead of the API server.</source>
        <translation>응답이 HTML 페이지%1였으므로 API 서버 대신 프록시나 게이트웨이가 응답했을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered %1 with HTTP status %2 and an HTML page%3 instead of a Kubernetes API response. A proxy, firewall or gateway between you and the cluster answered, not the API server: check the proxy settings (HTTPS_PROXY, proxy-url in the kubeconfig) and the network path.</source>
        <translation>서버가 %1에 Kubernetes API 응답 대신 HTTP 상태 %2와 HTML 페이지%3로 응답했습니다. API 서버가 아니라 사용자와 클러스터 사이의 프록시, 방화벽 또는 게이트웨이가 응답한 것입니다. 프록시 설정(HTTPS_PROXY, kubeconfig의 proxy-url)과 네트워크 경로를 확인하세요.</translation>
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
        <location line="+27"/>
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
        <location filename="../src/kube/listparser.cpp" line="+664"/>
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
    <message>
        <location filename="../src/kube/diagnosejob.cpp" line="+66"/>
        <source>Not connected to a cluster.</source>
        <translation>클러스터에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading nodes, pods, events and SecretProviderClasses…</source>
        <translation>노드, 파드, 이벤트, SecretProviderClass를 읽는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the cluster…</source>
        <translation>클러스터를 읽는 중…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cluster could not be read: %1</source>
        <translation>클러스터를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>nodes, pods, events, DaemonSets, SecretProviderClasses, CSIDriver</source>
        <translation>노드, 파드, 이벤트, DaemonSet, SecretProviderClass, CSIDriver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all namespaces</source>
        <translation>모든 네임스페이스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>namespace %1</source>
        <translation>네임스페이스 %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No failing pod: no node&apos;s logs to read.</source>
        <translation>실패한 파드가 없어 읽을 노드 로그가 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pod is not scheduled on a node.</source>
        <translation>파드가 노드에 예약되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No driver or provider pod runs on node %1.</source>
        <translation>노드 %1에서 실행 중인 드라이버나 공급자 파드가 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the logs of node %1…</source>
        <translation>노드 %1의 로그를 읽는 중…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>since %1 s</source>
        <translation>%1초 전부터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole log</source>
        <translation>전체 로그</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checking your permissions for the connectivity test…</source>
        <translation>연결 테스트에 필요한 권한을 확인하는 중…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking…</source>
        <translation>점검 중…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A pod that fails to mount its secrets</source>
        <translation>비밀 마운트에 실패하는 파드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pod with a secrets-store volume is failing.</source>
        <translation>secrets-store 볼륨을 쓰는 파드 중 실패한 파드가 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done.</source>
        <translation>완료했습니다.</translation>
    </message>
    <message>
        <location filename="../src/kube/proberunner.cpp" line="-644"/>
        <source>Not run: no connection.</source>
        <translation>실행 안 함: 연결이 없습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <location line="+413"/>
        <source>Canceled.</source>
        <translation>취소됨.</translation>
    </message>
    <message>
        <location line="-351"/>
        <location line="+351"/>
        <source>Not run: an earlier step failed.</source>
        <translation>실행 안 함: 이전 단계가 실패했습니다.</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Cannot be checked with curl.</source>
        <translation>curl로 검사할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not allowed: %1</source>
        <translation>허용되지 않음: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may run the probe, but not read the service principal&apos;s Secret: enter the client secret instead.</source>
        <translation>프로브는 실행할 수 있지만 서비스 주체의 Secret은 읽을 수 없습니다. 대신 클라이언트 암호를 입력하세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The client secret was entered; the Secret was not read.</source>
        <translation>클라이언트 암호가 입력되어 Secret을 읽지 않았습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client ID is unknown: the Secret may not be read.</source>
        <translation>클라이언트 ID를 알 수 없습니다. Secret을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the Secret was not allowed; the token and object checks need the client secret.</source>
        <translation>Secret 읽기가 허용되지 않았습니다. 토큰 및 개체 검사에는 클라이언트 암호가 필요합니다.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Waiting for the probe pod to start…</source>
        <translation>프로브 파드가 시작되기를 기다리는 중…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>still %1 after %2 s</source>
        <translation>%2초 후에도 여전히 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the pod disappeared before it ran</source>
        <translation>파드가 실행되기 전에 사라졌습니다</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the answer had no token</source>
        <translation>응답에 토큰이 없었습니다</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not run: the service principal&apos;s client ID and secret are not available.</source>
        <translation>실행 안 함: 서비스 주체의 클라이언트 ID와 암호를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not run: there is no service account token.</source>
        <translation>실행 안 함: 서비스 계정 토큰이 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Not run: no Key Vault token was obtained.</source>
        <translation>실행 안 함: Key Vault 토큰을 받지 못했습니다.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No answer within %1 s</source>
        <translation>%1초 안에 응답 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command in the probe pod did not finish in time (the exec connection may have stalled).</source>
        <translation>프로브 파드의 명령이 제시간에 끝나지 않았습니다(exec 연결이 멈췄을 수 있습니다).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the probe again; if it repeats, check the API server&apos;s connection to the node (konnectivity).</source>
        <translation>프로브를 다시 실행하세요. 반복되면 API 서버와 노드 간 연결(konnectivity)을 확인하세요.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleting the probe pod…</source>
        <translation>프로브 파드를 삭제하는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>No probe pod was created.</source>
        <translation>프로브 파드를 만들지 않았습니다.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+13"/>
        <source>The pod %1/%2 could not be read: %3</source>
        <translation>파드 %1/%2을(를) 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The pod %1/%2 has no Secrets Store CSI volume.</source>
        <translation>파드 %1/%2에 Secrets Store CSI 볼륨이 없습니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The SecretProviderClass %1/%2 could not be read: %3</source>
        <translation>SecretProviderClass %1/%2을(를) 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>The node %1 could not be read (%2): every taint is tolerated.</source>
        <translation>노드 %1을(를) 읽을 수 없습니다(%2). 모든 taint를 허용합니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No Azure provider pod runs on node %1: its proxy settings cannot be compared.</source>
        <translation>노드 %1에서 실행 중인 Azure 공급자 파드가 없습니다. 프록시 설정을 비교할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The provider pods could not be listed (%1): proxy settings are not compared.</source>
        <translation>공급자 파드 목록을 가져올 수 없습니다(%1). 프록시 설정을 비교하지 않습니다.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1/%2 is not a kvdoctor probe pod</source>
        <translation>%1/%2은(는) kvdoctor 프로브 파드가 아닙니다</translation>
    </message>
</context>
<context>
    <name>LogArchive</name>
    <message>
        <location filename="../src/models/logarchive.cpp" line="+71"/>
        <source>%1 is damaged: the entry &quot;%2&quot; claims more data than the archive holds.</source>
        <translation>%1 파일이 손상되었습니다: 항목 &quot;%2&quot;에 표시된 크기가 압축 파일에 실제로 들어 있는 데이터보다 큽니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 would extract to more than %2 GB. Extract it yourself and open the folder.</source>
        <translation>%1의 압축을 풀면 %2GB를 넘습니다. 직접 압축을 푼 다음 폴더를 여십시오.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is nested in more than %2 zip archives and was not opened.</source>
        <translation>%1은(는) %2단계보다 깊이 중첩된 zip 아카이브 안에 있어 열지 않았습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a readable zip archive.</source>
        <translation>%1은(는) 읽을 수 있는 zip 보관 파일이 아닙니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not extract %1.</source>
        <translation>%1을(를) 추출할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the first %1 files were opened.</source>
        <translation>처음 %1개 파일만 열었습니다.</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+7"/>
        <source>Troubleshoot…</source>
        <translation>문제 해결…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find out why a pod cannot mount its secrets, from a cluster or from saved logs</source>
        <translation>클러스터나 저장된 로그에서 파드가 비밀을 마운트하지 못하는 이유를 찾습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Troubleshoot</source>
        <translation>문제 해결</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Logs…</source>
        <translation>로그 열기…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open logs</source>
        <translation>로그 열기</translation>
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
    <name>ProbeConsentPage</name>
    <message>
        <location filename="../ui/probeconsentpage.ui" line="+7"/>
        <source>Consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This test is the only change kvdoctor makes in a cluster.</source>
        <translation>이 테스트는 kvdoctor가 클러스터에 하는 유일한 변경입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the test creates</source>
        <translation>테스트가 만드는 항목</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>I &amp;understand that kvdoctor will create this pod in the cluster, run these checks in it with real tokens, and delete it afterwards.</source>
        <translation>kvdoctor가 클러스터에 이 Pod를 만들고, 실제 토큰으로 이 검사들을 실행한 뒤 삭제한다는 것을 이해합니다(&amp;U).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I understand and agree</source>
        <translation>이해하고 동의합니다</translation>
    </message>
</context>
<context>
    <name>ProbePlanPage</name>
    <message>
        <location filename="../ui/probeplanpage.ui" line="+7"/>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will be checked, with the exact commands and the probe pod&apos;s manifest. Secrets appear as placeholders.</source>
        <translation>검사할 항목과 정확한 명령, 프로브 Pod 매니페스트입니다. 비밀은 자리 표시자로 표시됩니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plan summary</source>
        <translation>계획 요약</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Plan warnings</source>
        <translation>계획 경고</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan details</source>
        <translation>계획 세부 정보</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Planned steps</source>
        <translation>계획된 단계</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected</source>
        <translation>예상</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Command of the selected step</source>
        <translation>선택한 단계의 명령</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pod YAML</source>
        <translation>Pod YAML</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Probe pod manifest</source>
        <translation>프로브 Pod 매니페스트</translation>
    </message>
</context>
<context>
    <name>ProbeResultsPage</name>
    <message>
        <location filename="../ui/proberesultspage.ui" line="+7"/>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verdict and next action</source>
        <translation>판정과 다음 조치</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Results per step</source>
        <translation>단계별 결과</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual</source>
        <translation>실제</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cause</source>
        <translation>원인</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details of the selected step</source>
        <translation>선택한 단계의 세부 정보</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Copy Results</source>
        <translation>결과 복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the results as redacted Markdown</source>
        <translation>결과를 비밀을 제거한 Markdown으로 복사</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy status</source>
        <translation>복사 상태</translation>
    </message>
</context>
<context>
    <name>ProbeRunPage</name>
    <message>
        <location filename="../ui/proberunpage.ui" line="+7"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checks run one after the other; the probe pod is deleted at the end, also when you cancel.</source>
        <translation>검사가 차례로 실행됩니다. 프로브 Pod는 끝날 때와 취소할 때에도 삭제됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps and their verdicts</source>
        <translation>단계와 판정</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test progress</source>
        <translation>테스트 진행률</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Test status</source>
        <translation>테스트 상태</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Stop Test</source>
        <translation>테스트 중지(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the test and delete the probe pod</source>
        <translation>테스트를 중지하고 프로브 Pod 삭제</translation>
    </message>
</context>
<context>
    <name>ProbeTargetPage</name>
    <message>
        <location filename="../ui/probetargetpage.ui" line="+7"/>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the application pod whose node is tested, and how.</source>
        <translation>노드를 테스트할 애플리케이션 Pod와 테스트 방법을 선택하세요.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Delete Them</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete leftover probe pods</source>
        <translation>남은 프로브 Pod 삭제</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Context:</source>
        <translation>컨텍스트:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kubernetes context</source>
        <translation>Kubernetes 컨텍스트</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Application &amp;pod:</source>
        <translation>애플리케이션 Pod(&amp;P):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Application pod</source>
        <translation>애플리케이션 Pod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pods with Secrets Store volumes; failing pods first.</source>
        <translation>Secrets Store 볼륨을 쓰는 Pod. 실패 중인 Pod가 먼저 표시됩니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;SecretProviderClass:</source>
        <translation>SecretProviderClass(&amp;S):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SecretProviderClass</source>
        <translation>SecretProviderClass</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Identity mode:</source>
        <translation>ID 모드(&amp;I):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Identity mode</source>
        <translation>ID 모드</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>I&amp;mage:</source>
        <translation>이미지(&amp;M):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Probe pod image</source>
        <translation>프로브 Pod 이미지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs curl and nslookup. Use a mirror in your registry when the cluster cannot reach Docker Hub.</source>
        <translation>curl과 nslookup이 필요합니다. 클러스터가 Docker Hub에 연결할 수 없으면 사용자 레지스트리의 미러를 사용하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pro&amp;be namespace:</source>
        <translation>프로브 네임스페이스(&amp;B):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Probe pod namespace</source>
        <translation>프로브 Pod 네임스페이스</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must allow privileged (hostNetwork) pods. Empty: the application pod&apos;s namespace.</source>
        <translation>권한 있는(hostNetwork) Pod를 허용해야 합니다. 비워 두면 애플리케이션 Pod의 네임스페이스를 사용합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key Vault &amp;api-version:</source>
        <translation>Key Vault api-version(&amp;A):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key Vault API version</source>
        <translation>Key Vault API 버전</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add-on identity &amp;client ID:</source>
        <translation>추가 기능 ID의 클라이언트 ID(&amp;C):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>AKS add-on identity client ID</source>
        <translation>AKS 추가 기능 ID의 클라이언트 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: addonProfiles.azureKeyvaultSecretsProvider.identity.clientId, to recognise the add-on identity.</source>
        <translation>선택 사항: 추가 기능 ID를 식별하기 위한 addonProfiles.azureKeyvaultSecretsProvider.identity.clientId.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service principal credentials</source>
        <translation>서비스 주체 자격 증명</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read the client secret from the cluster</source>
        <translation>클러스터에서 클라이언트 암호 읽기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Type the client secret (kept in memory for this test only, never saved)</source>
        <translation>클라이언트 암호 입력(&amp;T) (이 테스트 동안만 메모리에 보관, 저장 안 함)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the client secret</source>
        <translation>클라이언트 암호 입력</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;lient ID:</source>
        <translation>클라이언트 ID(&amp;L):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service principal client ID</source>
        <translation>서비스 주체 클라이언트 ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client s&amp;ecret:</source>
        <translation>클라이언트 암호(&amp;E):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Service principal client secret</source>
        <translation>서비스 주체 클라이언트 암호</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Target status</source>
        <translation>대상 상태</translation>
    </message>
</context>
<context>
    <name>TroubleshootChecksPage</name>
    <message>
        <location filename="../ui/troubleshootcheckspage.ui" line="+7"/>
        <source>Automatic checks</source>
        <translation>자동 검사</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kvdoctor reads the cluster state, the pod&apos;s events and its node&apos;s provider and driver logs, and checks each part. Nothing in the cluster is changed.</source>
        <translation>kvdoctor가 클러스터 상태, 파드의 이벤트, 해당 노드의 공급자·드라이버 로그를 읽고 각 부분을 검사합니다. 클러스터는 전혀 변경하지 않습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checks and their verdicts</source>
        <translation>검사 및 판정</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was found</source>
        <translation>확인된 내용</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Progress of the checks</source>
        <translation>검사 진행률</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop the checks</source>
        <translation>점검 중지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the checks (what finished stays)</source>
        <translation>검사 중지(끝난 결과는 유지됨)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run the checks again</source>
        <translation>점검 다시 실행</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Run again</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the cluster and the logs again and repeat every check</source>
        <translation>클러스터와 로그를 다시 읽고 모든 검사를 반복합니다</translation>
    </message>
</context>
<context>
    <name>TroubleshootFindingsPage</name>
    <message>
        <location filename="../ui/troubleshootfindingspage.ui" line="+7"/>
        <source>Findings</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The likely cause first, with the evidence and the fix in words the customer can follow.</source>
        <translation>유력한 원인을 먼저, 증거와 함께 고객이 따라 할 수 있는 말로 해결 방법을 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Findings, the likely cause first</source>
        <translation>발견 사항(유력한 원인 먼저)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cause</source>
        <translation>원인</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count</source>
        <translation>횟수</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Explanation and fix of the selected finding</source>
        <translation>선택한 발견 사항의 설명과 해결 방법</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Evidence (double-click to show it in the logs):</source>
        <translation>증거(&amp;E)(두 번 클릭하면 로그에서 표시):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence of the selected finding</source>
        <translation>선택한 발견 사항의 증거</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show the evidence in the logs</source>
        <translation>로그에서 증거 보기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in &amp;logs</source>
        <translation>로그에서 보기(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the log viewer at the selected evidence line</source>
        <translation>선택한 증거 줄에서 로그 뷰어를 엽니다</translation>
    </message>
</context>
<context>
    <name>TroubleshootNextPage</name>
    <message>
        <location filename="../ui/troubleshootnextpage.ui" line="+7"/>
        <source>Next steps</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether a connectivity test from the pod&apos;s node would tell more, and why.</source>
        <translation>파드의 노드에서 연결 테스트를 하면 더 알 수 있는지, 그 이유는 무엇인지 알려 줍니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run the connectivity test</source>
        <translation>연결 테스트 실행</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the &amp;connectivity test…</source>
        <translation>연결 테스트 실행(&amp;C)…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connectivity test results</source>
        <translation>연결 테스트 결과</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
</context>
<context>
    <name>TroubleshootReportPage</name>
    <message>
        <location filename="../ui/troubleshootreportpage.ui" line="+7"/>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report for the ticket: checks, findings with evidence and the connectivity test. The preview shows exactly what leaves this computer, already redacted.</source>
        <translation>티켓용 보고서입니다: 검사, 증거가 포함된 발견 사항, 연결 테스트. 미리 보기는 이 컴퓨터를 떠나는 내용을 가린 상태 그대로 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>TroubleshootTargetPage</name>
    <message>
        <location filename="../ui/troubleshoottargetpage.ui" line="+7"/>
        <source>Which pod fails?</source>
        <translation>어떤 파드가 실패하나요?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick the pod that cannot mount its secrets (failing pods are listed first), or analyse log files a customer sent.</source>
        <translation>비밀을 마운트하지 못하는 파드를 고르거나(실패 파드가 먼저 나열됨), 고객이 보낸 로그 파일을 분석하세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Troubleshoot a pod in this cluster</source>
        <translation>이 클러스터의 파드 문제 해결</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A &amp;pod in this cluster</source>
        <translation>이 클러스터의 파드(&amp;P)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pods with secrets-store volumes</source>
        <translation>secrets-store 볼륨이 있는 파드</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+74"/>
        <source>Pod</source>
        <translation>파드</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last warning event</source>
        <translation>마지막 경고 이벤트</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reload the pods</source>
        <translation>파드 다시 불러오기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>다시 읽기(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the pods from the cluster again</source>
        <translation>클러스터에서 파드를 다시 읽습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>N&amp;amespace:</source>
        <translation>네임스페이스(&amp;A):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any</source>
        <translation>모두</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;od:</source>
        <translation>파드(&amp;O):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the first failing pod</source>
        <translation>처음 발견한 실패 파드</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Logs of the last:</source>
        <translation>로그 기간(&amp;L):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time range of the logs</source>
        <translation>로그의 시간 범위</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Troubleshoot saved logs offline</source>
        <translation>저장된 로그로 오프라인 문제 해결</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offl&amp;ine: log files, a folder or a bundle (zip)</source>
        <translation>오프라인: 로그 파일, 폴더 또는 번들(zip)(&amp;I)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Files to analyse</source>
        <translation>분석할 파일</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add log files</source>
        <translation>로그 파일 추가</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;files…</source>
        <translation>파일 추가(&amp;F)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a folder of logs</source>
        <translation>로그 폴더 추가</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add fol&amp;der…</source>
        <translation>폴더 추가(&amp;D)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected file</source>
        <translation>선택한 파일 제거</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move</source>
        <translation>제거(&amp;M)</translation>
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
        <location filename="../src/widgets/connectdialog.cpp" line="+48"/>
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
        <location line="+13"/>
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
    <name>kvd::ExportDialog</name>
    <message>
        <location filename="../src/widgets/exportdialog.cpp" line="+28"/>
        <source>Markdown (for the ticket)</source>
        <translation>Markdown(티켓용)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown(*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML (one self-contained file)</source>
        <translation>HTML(단일 파일)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML (*.html)</source>
        <translation>HTML(*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF(*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (machine-readable)</source>
        <translation>JSON(기계 판독용)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON(*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip bundle (report and redacted logs)</source>
        <translation>Zip 번들(보고서와 가림 처리한 로그)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip 압축 파일(*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Nothing needed redacting in this report.</source>
        <translation>이 보고서에는 가릴 내용이 없었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed from this report: %1.</source>
        <translation>이 보고서에서 제거한 내용: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The summary is on the clipboard.</source>
        <translation>요약을 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save Report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Saving %1…</source>
        <translation>%1 저장 중…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>kvd::FindingsModel</name>
    <message>
        <location filename="../src/models/findingsmodel.cpp" line="+37"/>
        <source>en</source>
        <comment>Language code of this translation (ko for Korean); picks the language of the findings&apos; texts</comment>
        <translation>ko</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%1 (+%n more node(s))</source>
        <translation>
            <numerusform>%1 (외 노드 %n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 (+%n more pod(s))</source>
        <translation>
            <numerusform>%1 (외 파드 %n개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (+%n more source(s))</source>
        <translation>
            <numerusform>%1 (외 소스 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster-wide</source>
        <translation>클러스터 전체</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 UTC (%2 local time)</source>
        <translation>%1 UTC (현지 시간 %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No time stamp</source>
        <translation>타임스탬프 없음</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>원인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>횟수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First occurrence, in UTC</source>
        <translation>처음 발생 시각(UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First seen</source>
        <translation>처음 발생</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last occurrence, in UTC</source>
        <translation>마지막 발생 시각(UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen</source>
        <translation>마지막 발생</translation>
    </message>
</context>
<context>
    <name>kvd::FindingsPanel</name>
    <message>
        <location filename="../src/widgets/findingspanel.cpp" line="+215"/>
        <source>Log · %1:%2 — %3</source>
        <translation>로그 · %1:%2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event · %1 — %2</source>
        <translation>이벤트 · %1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cluster · %1</source>
        <translation>클러스터 · %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Analysing…</source>
        <translation>분석 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The analysis could not run: %1</source>
        <translation>분석을 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing analysed yet: connect to a cluster or open logs.</source>
        <translation>아직 분석한 내용이 없습니다. 클러스터에 연결하거나 로그를 여세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No known problem found.</source>
        <translation>알려진 문제가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s):</source>
        <translation>
            <numerusform>발견 사항 %n개:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n info</source>
        <translation>
            <numerusform>정보 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Evidence (%1 of %2 occurrences; click to show)</source>
        <translation>증거(&amp;E) (발생 %2회 중 %1개, 클릭하면 표시)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evidence (click to show)</source>
        <translation>증거(&amp;E) (클릭하면 표시)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kvd::LogModel</name>
    <message>
        <location filename="../src/models/logmodel.cpp" line="+314"/>
        <source>Invalid regular expression: %1</source>
        <translation>잘못된 정규식: %1</translation>
    </message>
</context>
<context>
    <name>kvd::LogView</name>
    <message>
        <location filename="../src/widgets/logview.cpp" line="+54"/>
        <source>Log lines</source>
        <translation>로그 줄</translation>
    </message>
    <message numerus="yes">
        <location line="+496"/>
        <source> … %n more characters (copy the line to get all)</source>
        <translation>
            <numerusform> … %n자 더 있음(전체를 보려면 줄을 복사하세요)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location filename="../src/widgets/mainwindow.cpp" line="+96"/>
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
        <location line="+5"/>
        <location line="+690"/>
        <source>&amp;Findings</source>
        <translation>발견 사항(&amp;F)</translation>
    </message>
    <message>
        <location line="-678"/>
        <source>Re&amp;fresh Cluster</source>
        <translation>클러스터 새로 고침(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Logs…</source>
        <translation>로그 열기(&amp;L)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Test Connectivity…</source>
        <translation>연결 테스트(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test the path from a pod&apos;s node to Key Vault with a short-lived probe pod</source>
        <translation>잠시 실행되는 프로브 파드로 파드의 노드에서 Key Vault까지의 경로를 테스트합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Report…</source>
        <translation>보고서 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export a redacted report for a support ticket</source>
        <translation>지원 티켓용으로 가림 처리한 보고서를 내보냅니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;roubleshoot…</source>
        <translation>문제 해결(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find out why a pod cannot mount its secrets, step by step, up to the report</source>
        <translation>파드가 비밀을 마운트하지 못하는 이유를 단계별로 찾고 보고서까지 만듭니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System Default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>바로 가기 키(&amp;K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent Conte&amp;xts</source>
        <translation>최근 컨텍스트(&amp;X)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Start &amp;Demo</source>
        <translation>데모 시작(&amp;D)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Connect to a simulated AKS cluster inside kvdoctor (no cluster or credentials needed)</source>
        <translation>kvdoctor 안의 시뮬레이션된 AKS 클러스터에 연결합니다(클러스터나 자격 증명이 필요 없음)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the demo with a simulated cluster</source>
        <translation>시뮬레이션된 클러스터로 데모 시작</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+53"/>
        <source>default kubeconfig</source>
        <translation>기본 kubeconfig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No recent contexts</source>
        <translation>최근 컨텍스트 없음</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The context “%1” cannot be used: %2</source>
        <translation>컨텍스트 “%1”을(를) 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The context “%1” is no longer usable: %2</source>
        <translation>컨텍스트 “%1”을(를) 더 이상 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+73"/>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Connected (Kubernetes %1)</source>
        <translation>연결됨(Kubernetes %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No kubeconfig was found. kvdoctor looks where kubectl does: the file given with --kubeconfig, else the files listed in the KUBECONFIG environment variable, else %1.</source>
        <translation>kubeconfig를 찾을 수 없습니다. kvdoctor는 kubectl과 같은 위치를 찾습니다: --kubeconfig로 지정한 파일, 없으면 KUBECONFIG 환경 변수에 나열된 파일, 없으면 %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chosen file</source>
        <translation>선택한 파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from KUBECONFIG</source>
        <translation>KUBECONFIG에서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default location</source>
        <translation>기본 위치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked in:</source>
        <translation>찾아본 위치:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• %1 (%2): %3</source>
        <translation>• %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be read</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not exist</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without a cluster, try the demo (a simulated AKS cluster inside kvdoctor) or open log files you were sent.</source>
        <translation>클러스터가 없으면 데모(kvdoctor 안의 시뮬레이션된 AKS 클러스터)를 사용해 보거나 받은 로그 파일을 여세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a cluster, open log files you were sent.</source>
        <translation>클러스터가 없으면 받은 로그 파일을 여세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
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
        <location line="+12"/>
        <source>&lt;p&gt;Connected cluster: Kubernetes %1, Secrets Store CSI driver %2, Azure provider %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;연결된 클러스터: Kubernetes %1, Secrets Store CSI 드라이버 %2, Azure 공급자 %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About kvdoctor</source>
        <translation>kvdoctor 정보</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Key Vault CSI Doctor %1&lt;/h3&gt;&lt;p&gt;Troubleshooting the Azure Key Vault provider for the Secrets Store CSI driver on Azure Kubernetes Service.&lt;/p&gt;&lt;p&gt;Licensed under the MIT license.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Key Vault CSI Doctor %1&lt;/h3&gt;&lt;p&gt;Azure Kubernetes Service에서 Secrets Store CSI 드라이버용 Azure Key Vault 공급자 문제를 해결합니다.&lt;/p&gt;&lt;p&gt;MIT 라이선스에 따라 사용이 허가됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Built with Qt %1 (running %2) and KDE Frameworks SyntaxHighlighting %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt %1(실행 중: %2) 및 KDE Frameworks SyntaxHighlighting %3으로 빌드했습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keyboard Shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The language changes the next time kvdoctor starts.</source>
        <translation>언어는 kvdoctor를 다음에 시작할 때 바뀝니다.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>nodes, pods, events, DaemonSets, SecretProviderClasses, CSIDriver</source>
        <translation>노드, 파드, 이벤트, DaemonSet, SecretProviderClass, CSIDriver</translation>
    </message>
    <message>
        <location line="+101"/>
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
        <location line="+73"/>
        <source>&amp;Findings (%1)</source>
        <translation>발견 사항(&amp;F) (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Line %1 of %2 is hidden by the log filters.</source>
        <translation>%2의 %1번째 줄은 로그 필터로 숨겨져 있습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The log %1 is not open.</source>
        <translation>로그 %1이(가) 열려 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+72"/>
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
        <location filename="../src/widgets/nodemapview.cpp" line="+239"/>
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
    <message numerus="yes">
        <location line="+23"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>findings: %1</source>
        <translation>발견 사항: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+124"/>
        <source>not in node list</source>
        <translation>노드 목록에 없음</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+122"/>
        <source>NotReady</source>
        <translation>준비 안 됨</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>cordoned</source>
        <translation>차단됨</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+118"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>발견 사항 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+113"/>
        <source>taint %1</source>
        <translation>테인트 %1</translation>
    </message>
    <message>
        <location line="-111"/>
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
        <location line="+109"/>
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
        <location filename="../src/widgets/overviewpage.cpp" line="+43"/>
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
        <location line="+26"/>
        <location line="+7"/>
        <source>Problems found</source>
        <translation>발견된 문제</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+23"/>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+7"/>
        <location line="+110"/>
        <source>Top findings</source>
        <translation>주요 발견 사항</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Press Enter or double-click to open the finding in the Findings tab</source>
        <translation>Enter 키를 누르거나 두 번 클릭하면 발견 사항 탭에서 엽니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finding</source>
        <translation>발견 사항</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+73"/>
        <source>Top findings: no known problem found</source>
        <translation>주요 발견 사항: 알려진 문제 없음</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>kvd::ProbeWizard</name>
    <message>
        <location filename="../src/widgets/probewizard.cpp" line="+119"/>
        <source>Test Connectivity</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next page</source>
        <translation>다음 페이지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>이전 페이지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the connectivity test</source>
        <translation>연결 테스트 취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the connectivity test</source>
        <translation>연결 테스트 닫기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>connectivity test %1/%2</source>
        <translation>연결 테스트 %1/%2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> on %1</source>
        <translation> (%1 노드)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failing: %1</source>
        <translation>실패 중: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (from the SecretProviderClass)</source>
        <translation>자동 (SecretProviderClass 기준)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the application pod&apos;s namespace</source>
        <translation>애플리케이션 Pod의 네임스페이스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the clientid in the Secret</source>
        <translation>비워 두면: Secret의 clientid</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deleting the leftover probe pods…</source>
        <translation>남아 있는 프로브 Pod를 삭제하는 중…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n probe pod(s) from an earlier test are still in the cluster: %1. They run with hostNetwork until their deadline.</source>
        <translation>
            <numerusform>이전 테스트의 프로브 Pod %n개가 아직 클러스터에 있습니다: %1. 기한이 끝날 때까지 hostNetwork로 실행됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Deleted %n leftover probe pod(s).</source>
        <translation>
            <numerusform>남아 있던 프로브 Pod %n개를 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some leftover probe pods could not be deleted: %1</source>
        <translation>남아 있는 일부 프로브 Pod를 삭제하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(the pod&apos;s first Secrets Store volume)</source>
        <translation>(Pod의 첫 번째 Secrets Store 볼륨)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No application pod with a Secrets Store volume was found in this cluster.</source>
        <translation>이 클러스터에서 Secrets Store 볼륨을 쓰는 애플리케이션 Pod를 찾지 못했습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+105"/>
        <location line="+179"/>
        <source>Not connected to a cluster.</source>
        <translation>클러스터에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Reading %1/%2, its SecretProviderClass and its node…</source>
        <translation>%1/%2, 해당 SecretProviderClass와 노드를 읽는 중…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Read %1/%2 (node %3) and the SecretProviderClass %4.</source>
        <translation>%1/%2(노드 %3)와 SecretProviderClass %4을(를) 읽었습니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Detected: %1</source>
        <translation>감지됨: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SecretProviderClass suggests %1.</source>
        <translation>SecretProviderClass 기준으로는 %1입니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Read clientid and clientsecret from the pod&apos;s nodePublishSecretRef Secret (needs get secrets)</source>
        <translation>Pod의 nodePublishSecretRef Secret에서 clientid와 clientsecret 읽기(&amp;R) (secrets get 권한 필요)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read clientid and clientsecret from the Secret %1 in namespace %2 (needs get secrets)</source>
        <translation>네임스페이스 %2의 Secret %1에서 clientid와 clientsecret 읽기(&amp;R) (secrets get 권한 필요)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The test cannot be planned:</source>
        <translation>테스트 계획을 만들 수 없습니다:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>node %1</source>
        <translation>노드 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+375"/>
        <source>Identity</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-375"/>
        <source>client ID %1</source>
        <translation>클라이언트 ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+375"/>
        <source>Cloud</source>
        <translation>클라우드</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>Vault</source>
        <translation>자격 증명 모음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tenant %1</source>
        <translation>테넌트 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objects</source>
        <translation>개체</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+375"/>
        <source>Key Vault api-version</source>
        <translation>Key Vault api-version</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Runs in kvdoctor against the Kubernetes API; nothing is executed in the pod.</source>
        <translation>kvdoctor가 Kubernetes API에 대해 실행하며, Pod 안에서는 아무것도 실행하지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On stdin (secrets shown as placeholders; the real values never appear in a command line):</source>
        <translation>표준 입력(비밀은 자리 표시자로 표시되며 실제 값은 명령줄에 나타나지 않습니다):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected: %1</source>
        <translation>예상: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Run Test</source>
        <translation>테스트 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kvdoctor will create one pod:</source>
        <translation>kvdoctor가 Pod 하나를 만듭니다:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pod %1 in namespace %2</source>
        <translation>네임스페이스 %2의 Pod %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On node %1 (pinned with nodeName, tolerating the node&apos;s taints)</source>
        <translation>노드 %1 (nodeName으로 고정, 노드의 taint 허용)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image %1</source>
        <translation>이미지 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hostNetwork: true — it uses the node&apos;s network, as the provider does</source>
        <translation>hostNetwork: true — 공급자처럼 노드의 네트워크를 사용합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activeDeadlineSeconds: %1 — the pod ends itself even if kvdoctor stops</source>
        <translation>activeDeadlineSeconds: %1 — kvdoctor가 멈춰도 Pod가 스스로 종료됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label %1, so leftovers can be found</source>
        <translation>레이블 %1 (남은 Pod를 찾을 수 있도록)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then it will:</source>
        <translation>그런 다음:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Run %n check(s) in the pod by exec, as shown on the previous page.</source>
        <translation>
            <numerusform>이전 페이지에 표시된 검사 %n개를 exec로 Pod에서 실행합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtain a real access token for %1; tokens are kept in memory only, never shown or stored.</source>
        <translation>%1의 실제 액세스 토큰을 받습니다. 토큰은 메모리에만 보관되며 표시되거나 저장되지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the client secret you typed; it goes to the pod on stdin, never on a command line, and is not saved.</source>
        <translation>입력한 클라이언트 암호를 사용합니다. 명령줄이 아닌 표준 입력으로만 Pod에 전달되며 저장되지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the Secret %1 in namespace %2 for the client ID and secret (kept in memory only).</source>
        <translation>클라이언트 ID와 암호를 위해 네임스페이스 %2의 Secret %1을(를) 읽습니다(메모리에만 보관).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request a short-lived token for the service account %1/%2 (audience api://AzureADTokenExchange), kept in memory only.</source>
        <translation>서비스 계정 %1/%2의 단기 토큰(대상 api://AzureADTokenExchange)을 요청하며, 메모리에만 보관합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read only the metadata of each Key Vault object; secret values are never shown or stored.</source>
        <translation>각 Key Vault 개체의 메타데이터만 읽습니다. 비밀 값은 표시되거나 저장되지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pod is deleted at the end, when you cancel and on errors. This is the only write kvdoctor makes in a cluster; everything else is read-only.</source>
        <translation>Pod는 끝날 때, 취소할 때, 오류가 날 때 삭제됩니다. 이것이 kvdoctor가 클러스터에 하는 유일한 쓰기이며, 나머지는 모두 읽기 전용입니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show &amp;Results</source>
        <translation>결과 보기(&amp;R)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Created the probe pod %1/%2; waiting for it to run…</source>
        <translation>프로브 Pod %1/%2을(를) 만들었습니다. 실행되기를 기다리는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted the probe pod %1/%2.</source>
        <translation>프로브 Pod %1/%2을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Canceling; deleting the probe pod…</source>
        <translation>취소하는 중입니다. 프로브 Pod를 삭제하는 중…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Canceled. The probe pod was cleaned up; see the cleanup step.</source>
        <translation>취소되었습니다. 프로브 Pod를 정리했습니다. 정리 단계를 참조하세요.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The test was canceled; steps that did not run are marked skipped.</source>
        <translation>테스트가 취소되었습니다. 실행되지 않은 단계는 건너뜀으로 표시됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+95"/>
        <source>Cause:</source>
        <translation>원인:</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+95"/>
        <source>Next:</source>
        <translation>다음 조치:</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+54"/>
        <location line="+14"/>
        <source>Actual</source>
        <translation>실제</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+66"/>
        <source>Expected</source>
        <translation>예상</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+67"/>
        <source>Explanation</source>
        <translation>설명</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+67"/>
        <source>Fix</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+44"/>
        <location line="+18"/>
        <source>Cause</source>
        <translation>원인</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(Kubernetes API call by kvdoctor)</source>
        <translation>(kvdoctor의 Kubernetes API 호출)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stdin</source>
        <translation>표준 입력</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status</source>
        <translation>HTTP 상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit code</source>
        <translation>종료 코드</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facts</source>
        <translation>확인된 사실</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connectivity test: %1/%2 → %3</source>
        <translation>연결 테스트: %1/%2 → %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe pod</source>
        <translation>프로브 Pod</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The test was canceled.</source>
        <translation>테스트가 취소되었습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copied as Markdown (secrets and tokens removed).</source>
        <translation>Markdown으로 복사했습니다(비밀과 토큰 제거됨).</translation>
    </message>
</context>
<context>
    <name>kvd::TroubleshootSession</name>
    <message>
        <location filename="../src/widgets/troubleshootwizard.cpp" line="+223"/>
        <source>Not connected to a cluster: only offline analysis is possible.</source>
        <translation>클러스터에 연결되어 있지 않습니다. 오프라인 분석만 할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The pods could not be read: %1</source>
        <translation>파드를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Stopped. The checks that finished are kept; run them again for the rest.</source>
        <translation>중지했습니다. 끝난 검사 결과는 유지됩니다. 나머지는 다시 실행하세요.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+110"/>
        <source>Done.</source>
        <translation>완료했습니다.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Reading the files…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The rule catalogue could not be compiled: %1</source>
        <translation>규칙 카탈로그를 컴파일할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No readable log file was given.</source>
        <translation>읽을 수 있는 로그 파일이 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs a cluster connection (offline analysis of files).</source>
        <translation>클러스터 연결이 필요합니다(파일 오프라인 분석 중).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It runs in the customer&apos;s cluster: connect to it (or ask the customer to run kvdoctor-cli probe) to test.</source>
        <translation>이 테스트는 고객의 클러스터에서 실행됩니다. 테스트하려면 해당 클러스터에 연결하세요(또는 고객에게 kvdoctor-cli probe 실행을 요청하세요).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Troubleshooting %1/%2</source>
        <translation>%1/%2 문제 해결</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic checks</source>
        <translation>자동 검사</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next step: connectivity test</source>
        <translation>다음 단계: 연결 테스트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered</source>
        <translation>권장함</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not offered</source>
        <translation>권장하지 않음</translation>
    </message>
</context>
<context>
    <name>kvd::TroubleshootWizard</name>
    <message>
        <location line="+42"/>
        <source>Troubleshoot</source>
        <translation>문제 해결</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step</source>
        <translation>이전 단계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the wizard (the run is kept)</source>
        <translation>마법사 닫기(실행 결과는 유지됨)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the wizard</source>
        <translation>마법사 닫기</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cluster: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>클러스터: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected to a cluster: only offline analysis is possible.</source>
        <translation>클러스터에 연결되어 있지 않습니다. 오프라인 분석만 할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>15 minutes</source>
        <translation>15분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 hours</source>
        <translation>6시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 hours</source>
        <translation>24시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole log</source>
        <translation>전체 로그</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open Log Files</source>
        <translation>로그 파일 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs and bundles (*.log *.txt *.zip);;All files (*)</source>
        <translation>로그 및 번들 (*.log *.txt *.zip);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a Folder of Logs</source>
        <translation>로그 폴더 열기</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>failing: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the pods…</source>
        <translation>파드를 읽는 중…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No pod mounts a secrets-store volume. Type a pod&apos;s name, or leave it empty to check the cluster.</source>
        <translation>secrets-store 볼륨을 마운트하는 파드가 없습니다. 파드 이름을 입력하거나, 비워 두고 클러스터를 검사하세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n pod(s) with a secrets-store volume, %1 failing.</source>
        <translation>
            <numerusform>secrets-store 볼륨이 있는 파드 %n개, 그중 %1개 실패.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Offline analysis of %n file(s) or folder(s).</source>
        <translation>
            <numerusform>파일 또는 폴더 %n개 오프라인 분석.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first failing pod in %1, logs of the last %2.</source>
        <translation>%1에서 처음 발견한 실패 파드, 최근 %2의 로그.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>any namespace</source>
        <translation>모든 네임스페이스</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Pod %1/%2, logs of the last %3.</source>
        <translation>파드 %1/%2, 최근 %3의 로그.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first failing pod in %1, whole logs.</source>
        <translation>%1에서 처음 발견한 실패 파드, 전체 로그.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pod %1/%2, whole logs.</source>
        <translation>파드 %1/%2, 전체 로그.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n check(s): %1 failed, %2 with a warning, %3 passed, %4 skipped.</source>
        <translation>
            <numerusform>검사 %n개: 실패 %1, 경고 %2, 통과 %3, 건너뜀 %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+236"/>
        <source>Not run yet.</source>
        <translation>아직 실행하지 않았습니다.</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>event %1/%2</source>
        <translation>이벤트 %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cluster</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What to do:</source>
        <translation>해야 할 일:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To confirm:</source>
        <translation>확인 방법:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also explains: %1</source>
        <translation>함께 설명되는 원인: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Evidence (%1 of %2 occurrences; double-click to show it in the logs):</source>
        <translation>증거(&amp;E)(%2건 중 %1건, 두 번 클릭하면 로그에서 표시):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Evidence (double-click to show it in the logs):</source>
        <translation>증거(&amp;E)(두 번 클릭하면 로그에서 표시):</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The checks are still running; the findings appear here when they finish.</source>
        <translation>검사가 아직 실행 중입니다. 끝나면 발견 사항이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checks did not finish (%1). Go back to run them; what is shown may be incomplete.</source>
        <translation>검사가 끝나지 않았습니다(%1). 뒤로 가서 다시 실행하세요. 표시된 내용은 불완전할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Likely cause:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;유력한 원인:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix:</source>
        <translation>해결 방법:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;No problem was found.&lt;/b&gt; Checked:</source>
        <translation>&lt;b&gt;문제를 찾지 못했습니다.&lt;/b&gt; 검사한 항목:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;No known cause was recognised&lt;/b&gt;, but these checks failed: %1. The connectivity test shows where the path to Key Vault breaks.</source>
        <translation>&lt;b&gt;알려진 원인을 찾지 못했지만&lt;/b&gt; 다음 검사가 실패했습니다: %1. 연결 테스트로 Key Vault까지의 경로 중 어디가 끊기는지 확인할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The checks did not finish, so kvdoctor cannot say whether the connectivity test would help. Go back to run them, or run the test anyway.</source>
        <translation>검사가 끝나지 않아 연결 테스트가 도움이 될지 판단할 수 없습니다. 뒤로 가서 검사를 실행하거나, 그래도 테스트를 실행하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run the &amp;connectivity test…</source>
        <translation>연결 테스트 실행(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the &amp;connectivity test anyway…</source>
        <translation>그래도 연결 테스트 실행(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>The connectivity test needs a cluster connection.</source>
        <translation>연결 테스트에는 클러스터 연결이 필요합니다.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>No pod was examined.</source>
        <translation>검사한 파드가 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates a short-lived probe pod on node %1 after you agree.</source>
        <translation>동의하면 노드 %1에 단기 프로브 파드를 만듭니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connectivity test is open in its own window; its results appear here.</source>
        <translation>연결 테스트가 별도 창에서 열려 있습니다. 결과는 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Connectivity test:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;연결 테스트:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(cancelled)</source>
        <translation>(취소됨)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>– not run</source>
        <translation>– 실행 안 함</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+52"/>
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
        <location line="+32"/>
        <source>Unknown scenario &quot;%1&quot;. Scenarios: %2.</source>
        <translation>알 수 없는 시나리오 &quot;%1&quot;. 시나리오: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
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
