{{%AUTOESCAPE context="HTML"}}
{{!
  理赔信息 of a school. CLAIM repeated (ACCIDENT_ON, COMPANY, INJURED_NAME, CAUSE, HANDLING,
  SETTLEMENT_NOTE, PAID (yuan), CLOSED_ON; section SETTLED (PAID and CLOSED_ON shown) or PENDING). Section EMPTY.
}}
<h1 class="page-title">理赔信息</h1>
<p class="breadcrumb">当前位置：首页 &gt; 理赔信息</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="claims-caption">
<table class="data-table">
<caption id="claims-caption" class="visually-hidden">本校理赔案件</caption>
<thead>
<tr><th scope="col">出险时间</th><th scope="col">保险公司</th><th scope="col">伤者姓名</th><th scope="col">事故原因</th><th scope="col">保险公司处理情况</th><th scope="col">理赔情况</th><th scope="col">状态</th><th scope="col" class="col-num">赔偿金额（元）</th><th scope="col">结案时间</th></tr>
</thead>
<tbody>{{#CLAIM}}<tr><td class="nowrap">{{ACCIDENT_ON}}</td><td class="nowrap">{{COMPANY}}</td><td class="nowrap">{{INJURED_NAME}}</td><td>{{CAUSE}}</td><td>{{HANDLING}}</td><td>{{SETTLEMENT_NOTE}}</td><td>{{#PENDING}}<span class="badge badge-info">未结案</span>{{/PENDING}}{{#SETTLED}}<span class="badge badge-ok">已结案</span>{{/SETTLED}}</td><td class="col-num">{{#SETTLED}}{{PAID}}{{/SETTLED}}</td><td class="nowrap">{{#SETTLED}}{{CLOSED_ON}}{{/SETTLED}}</td></tr>
{{/CLAIM}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">本校暂无理赔案件。</p>{{/EMPTY}}
