{{%AUTOESCAPE context="HTML"}}
{{!
  Admin 系统首页 / 待办. Values: PENDING_REGISTRATIONS, PENDING_APPLICATIONS, PENDING_EXTRA_INSURERS (of
  多家保险公司审核, also counted in PENDING_APPLICATIONS), PENDING_CANCELLATIONS (注销审核, likewise), SCHOOLS_ACTIVE,
  YEAR_LABEL.
  Sections: NO_YEAR; KIND_ROW repeated (LABEL, COUNT) for 账号统计.
}}
<h1 class="page-title">系统首页</h1>
<dl class="facts">
<div class="fact"><dt>当前学年</dt><dd><strong class="year">{{YEAR_LABEL}}</strong>{{#NO_YEAR}}<span class="muted">管理中心尚未设置当前学年</span>{{/NO_YEAR}}</dd></div>
</dl>
<section class="panel" aria-labelledby="todo-heading">
<h2 id="todo-heading" class="section-title">待办</h2>
<p><a href="/school/admin/queue">查看全部待办审核</a></p>
<ul class="stats">
<li class="stat stat-attention"><span class="stat-label"><a href="/school/admin/queue?kind=registration">待审核注册</a></span><span class="stat-value"><strong class="num">{{PENDING_REGISTRATIONS}}</strong> 所</span></li>
<li class="stat stat-attention"><span class="stat-label"><a href="/school/admin/queue">待处理申请</a></span><span class="stat-value"><strong class="num">{{PENDING_APPLICATIONS}}</strong> 件</span></li>
<li class="stat stat-attention"><span class="stat-label"><a href="/school/admin/extra-insurers">多家保险公司审核</a></span><span class="stat-value"><strong class="num">{{PENDING_EXTRA_INSURERS}}</strong> 件</span></li>
<li class="stat stat-attention"><span class="stat-label"><a href="/school/admin/cancellations">注销审核</a></span><span class="stat-value"><strong class="num">{{PENDING_CANCELLATIONS}}</strong> 件</span></li>
<li class="stat"><span class="stat-label">已注册学校</span><span class="stat-value"><strong class="num">{{SCHOOLS_ACTIVE}}</strong> 所</span></li>
</ul>
</section>
<section class="panel" aria-labelledby="accounts-heading">
<h2 id="accounts-heading" class="section-title">账号统计</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="accounts-caption">
<table class="data-table">
<caption id="accounts-caption" class="visually-hidden">各类账号数量</caption>
<thead>
<tr><th scope="col">账号类型</th><th scope="col" class="col-num">数量</th></tr>
</thead>
<tbody>
{{#KIND_ROW}}<tr><td>{{LABEL}}</td><td class="col-num">{{COUNT}}</td></tr>
{{/KIND_ROW}}
</tbody>
</table>
</div>
</section>
